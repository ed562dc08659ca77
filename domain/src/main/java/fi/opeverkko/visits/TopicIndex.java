package fi.opeverkko.visits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The topic catalogue of every team in one language, searchable in memory with Lucene.
 *
 * <p>Words are stemmed with the language's Snowball stemmer, but stemming alone does not join every
 * Finnish form: "ohjelmointi" stems to "ohjelmoint" and "ohjelmoinnin" to "ohjelmoin" (consonant
 * gradation), and compound words ("itsearviointi") hide the word searched for inside them. So each
 * stem is also indexed as its substrings of four letters or more, and a searched stem matches them
 * as it is and shortened by one or two letters: the whole stem weighs most, a shortened one least.
 * The catalogue is small (tens of topics, thousands at most), so the whole index is rebuilt when it
 * changes.
 */
final class TopicIndex {

  private static final String TITLE = "title";
  private static final String BODY = "body";
  private static final String TITLE_PARTS = "titleParts";
  private static final String BODY_PARTS = "bodyParts";
  private static final String POSITION = "position";
  private static final int SHORTEST_PART = 4;
  private static final int LONGEST_PART = 30;

  private final String stamp;
  private final Language language;
  private final List<TopicHit> topics;
  private final Analyzer queryAnalyzer;
  private final IndexSearcher searcher;

  /** The languages searched in, each with its stemmer and stop words. */
  enum Language {
    FI(FinnishAnalyzer.getDefaultStopSet()) {
      @Override
      SnowballStemmer stemmer() {
        return new FinnishStemmer();
      }
    },
    SV(SwedishAnalyzer.getDefaultStopSet()) {
      @Override
      SnowballStemmer stemmer() {
        return new SwedishStemmer();
      }
    },
    EN(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      @Override
      SnowballStemmer stemmer() {
        return new EnglishStemmer();
      }
    };

    private final CharArraySet stopWords;

    Language(CharArraySet stopWords) {
      this.stopWords = stopWords;
    }

    abstract SnowballStemmer stemmer();

    static Language of(Locale locale) {
      return switch (locale == null ? "fi" : locale.getLanguage()) {
        case "sv" -> SV;
        case "en" -> EN;
        default -> FI;
      };
    }
  }

  /**
   * @param stamp the catalogue's stamp when it was read
   * @param language the language of the topics' texts
   * @param topics the offered topics in that language
   */
  TopicIndex(String stamp, Language language, List<TopicHit> topics) {
    this.stamp = stamp;
    this.language = language;
    this.topics = List.copyOf(topics);
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    Analyzer stems = stems(language, false);
    this.queryAnalyzer = stems;
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(
            stems, Map.of(TITLE_PARTS, stems(language, true), BODY_PARTS, stems(language, true)));
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < this.topics.size(); i++) {
        TopicHit topic = this.topics.get(i);
        Document document = new Document();
        document.add(new StoredField(POSITION, i));
        document.add(new TextField(TITLE, topic.title(), Field.Store.NO));
        document.add(new TextField(TITLE_PARTS, topic.title(), Field.Store.NO));
        document.add(new TextField(BODY, topic.description(), Field.Store.NO));
        document.add(new TextField(BODY_PARTS, topic.description(), Field.Store.NO));
        writer.addDocument(document);
      }
      writer.commit();
      this.searcher = new IndexSearcher(DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String stamp() {
    return stamp;
  }

  /** The topics that match the words typed, best first; nothing for nothing typed. */
  List<TopicHit> search(String text, int max) {
    List<String> stems = analyze(queryAnalyzer, text == null ? "" : text);
    if (stems.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String stem : stems) {
      query.add(matches(stem, TITLE, TITLE_PARTS, 2f), Occur.SHOULD);
      query.add(matches(stem, BODY, BODY_PARTS, 1f), Occur.SHOULD);
    }
    try {
      List<TopicHit> found = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query.build(), max).scoreDocs) {
        int position =
            searcher.storedFields().document(hit.doc).getField(POSITION).numericValue().intValue();
        found.add(topics.get(position));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One searched stem against a text: whole, as the start of a word, or inside one. */
  private static Query matches(String stem, String field, String partsField, float weight) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new BoostQuery(new TermQuery(new Term(field, stem)), 4 * weight), Occur.SHOULD);
    any.add(new BoostQuery(new PrefixQuery(new Term(field, stem)), 2 * weight), Occur.SHOULD);
    for (int cut = 0; cut <= 2; cut++) {
      int length = stem.length() - cut;
      if (length >= SHORTEST_PART && length <= LONGEST_PART) {
        Term part = new Term(partsField, stem.substring(0, length));
        any.add(new BoostQuery(new TermQuery(part), weight / (1 + cut)), Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** Lower-cased stems without stop words; with {@code parts}, also every stem's substrings. */
  private static Analyzer stems(Language language, boolean parts) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, language.stopWords);
        stream = new SnowballFilter(stream, language.stemmer());
        if (parts) {
          stream = new NGramTokenFilter(stream, SHORTEST_PART, LONGEST_PART, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  static List<String> analyze(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(TITLE, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
