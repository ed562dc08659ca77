package fi.opeverkko.demo;

import java.util.List;

/** The names the demo network is made of: districts, day care units, staff. */
final class DemoNames {

  private DemoNames() {}

  /** Finnish and Swedish names of day care units: "Kielo:Liljekonvaljen". */
  static final List<String> DAY_CARE_NAMES =
      List.of(
          "Kielo:Liljekonvaljen",
          "Metsätähti:Skogsstjärnan",
          "Pikkukallio:Lilla berget",
          "Vaahtera:Lönnen",
          "Sammakko:Grodan",
          "Tuulenpesä:Vindboet",
          "Auringonkukka:Solrosen",
          "Mustikka:Blåbäret",
          "Kastehelmi:Daggpärlan",
          "Orava:Ekorren",
          "Käpy:Kotten");

  static final List<String> FIRST_NAMES =
      List.of(
          "Aino", "Eino", "Helmi", "Ilmari", "Kaisa", "Lauri", "Minna", "Niko", "Outi", "Pekka",
          "Saara", "Timo", "Ulla", "Veikko", "Anna", "Jussi", "Leena", "Matti");

  static final List<String> LAST_NAMES =
      List.of(
          "Virtanen",
          "Korhonen",
          "Nieminen",
          "Mäkinen",
          "Hämäläinen",
          "Laine",
          "Heikkinen",
          "Koskinen",
          "Järvinen",
          "Lehtonen",
          "Lehtinen",
          "Saarinen",
          "Salminen",
          "Heinonen",
          "Niemi",
          "Heikkilä",
          "Kinnunen",
          "Salonen",
          "Turunen",
          "Salo",
          "Laitinen",
          "Tuominen");

  static final List<String> HELSINKI_DISTRICTS =
      List.of(
          "Alppila:Alppilan",
          "Arabianranta:Arabianrannan",
          "Herttoniemi:Herttoniemen",
          "Kaarela:Kaarelan",
          "Kannelmäki:Kannelmäen",
          "Käpylä:Käpylän",
          "Laajasalo:Laajasalon",
          "Lauttasaari:Lauttasaaren",
          "Malmi:Malmin",
          "Meilahti:Meilahden",
          "Munkkiniemi:Munkkiniemen",
          "Mellunmäki:Mellunmäen",
          "Oulunkylä:Oulunkylän",
          "Pakila:Pakilan",
          "Pihlajamäki:Pihlajamäen",
          "Pitäjänmäki:Pitäjänmäen",
          "Puistola:Puistolan",
          "Roihuvuori:Roihuvuoren",
          "Ruoholahti:Ruoholahden",
          "Siltamäki:Siltamäen",
          "Tapanila:Tapanilan",
          "Toukola:Toukolan",
          "Vallila:Vallilan",
          "Vartiokylä:Vartiokylän",
          "Viikki:Viikin",
          "Vuosaari:Vuosaaren",
          "Itäkeskus:Itäkeskuksen",
          "Kontula:Kontulan",
          "Maunula:Maunulan",
          "Paloheinä:Paloheinän");

  static final List<String> ESPOO_DISTRICTS =
      List.of(
          "Espoonlahti:Espoonlahden",
          "Haukilahti:Haukilahden",
          "Kauklahti:Kauklahden",
          "Kilo:Kilon",
          "Kivenlahti:Kivenlahden",
          "Latokaski:Latokasken",
          "Leppävaara:Leppävaaran",
          "Matinkylä:Matinkylän",
          "Niittykumpu:Niittykummun",
          "Olari:Olarin",
          "Otaniemi:Otaniemen",
          "Soukka:Soukan",
          "Suvela:Suvelan",
          "Tapiola:Tapiolan",
          "Viherlaakso:Viherlaakson",
          "Karakallio:Karakallion",
          "Kalajärvi:Kalajärven",
          "Saunalahti:Saunalahden");

  static final List<String> VANTAA_DISTRICTS =
      List.of(
          "Hakunila:Hakunilan",
          "Havukoski:Havukosken",
          "Hiekkaharju:Hiekkaharjun",
          "Kivistö:Kivistön",
          "Koivukylä:Koivukylän",
          "Korso:Korson",
          "Martinlaakso:Martinlaakson",
          "Myyrmäki:Myyrmäen",
          "Pakkala:Pakkalan",
          "Rekola:Rekolan",
          "Simonkylä:Simonkylän",
          "Tikkurila:Tikkurilan",
          "Vaarala:Vaaralan",
          "Länsimäki:Länsimäen",
          "Ylästö:Ylästön",
          "Pähkinärinne:Pähkinärinteen",
          "Louhela:Louhelan",
          "Jokiniemi:Jokiniemen");
}
