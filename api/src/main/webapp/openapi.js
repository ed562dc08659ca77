// Renders the API's OpenAPI document (/openapi?format=JSON) as a page: its description, each
// tag's operations with their parameters, bodies and answers, then the schemas. Built with DOM
// calls and textContent only, so nothing in the document is ever read as HTML.
"use strict";

function element(name, text, attributes) {
  const node = document.createElement(name);
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  Object.entries(attributes || {}).forEach(([key, value]) => node.setAttribute(key, value));
  return node;
}

function table(headings, rows) {
  const result = element("table");
  const head = result.createTHead().insertRow();
  headings.forEach((heading) => head.appendChild(element("th", heading, { scope: "col" })));
  const body = result.createTBody();
  rows.forEach((cells) => {
    const row = body.insertRow();
    cells.forEach((cell) => row.appendChild(element("td", cell)));
  });
  return result;
}

function schemaName(schema) {
  if (!schema) {
    return "";
  }
  if (schema.$ref) {
    return schema.$ref.substring(schema.$ref.lastIndexOf("/") + 1);
  }
  if (schema.type === "array") {
    return "array of " + schemaName(schema.items);
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : schema.type || "";
  return schema.format ? type + " (" + schema.format + ")" : type;
}

function examples(content) {
  const shown = [];
  Object.entries(content || {}).forEach(([mediaType, media]) => {
    Object.entries(media.examples || {}).forEach(([name, example]) => {
      const value = example.value;
      shown.push(element("p", mediaType + ", example “" + name + "”:"));
      shown.push(element("pre", typeof value === "string" ? value : JSON.stringify(value, null, 2)));
    });
  });
  return shown;
}

/** An operation's answers, each shared one (a $ref to the components' responses) read in full. */
function answers(spec, sharedResponses) {
  return Object.entries(spec.responses || {}).map(([status, response]) => {
    const shared = response.$ref ? sharedResponses[response.$ref.substring(response.$ref.lastIndexOf("/") + 1)] : null;
    return [status, shared || response];
  });
}

function operation(path, verb, spec, documentSecurity, sharedResponses) {
  const section = element("section", null, { class: "operation" });
  const heading = element("h3");
  heading.appendChild(element("span", verb.toUpperCase(), { class: "verb" }));
  heading.appendChild(document.createTextNode(" " + path));
  section.appendChild(heading);
  section.appendChild(element("p", spec.summary || ""));
  if (spec.description) {
    section.appendChild(element("p", spec.description));
  }
  const security = spec.security !== undefined ? spec.security : documentSecurity;
  if (Array.isArray(security) && (security.length === 0 || security.some((each) => Object.keys(each).length === 0))) {
    section.appendChild(element("p", "Public: no token needed."));
  }
  if (spec.parameters && spec.parameters.length) {
    section.appendChild(
      table(
        ["Parameter", "In", "Type", "Description"],
        spec.parameters.map((p) => [p.name, p.in, schemaName(p.schema), p.description || ""])
      )
    );
  }
  if (spec.requestBody) {
    section.appendChild(element("p", "Body: " + Object.keys(spec.requestBody.content || {}).join(", ")));
    examples(spec.requestBody.content).forEach((node) => section.appendChild(node));
  }
  const answered = answers(spec, sharedResponses);
  section.appendChild(
    table(
      ["Answer", "Description"],
      answered.map(([status, response]) => [status, response.description || ""])
    )
  );
  answered.forEach(([, response]) => examples(response.content).forEach((node) => section.appendChild(node)));
  return section;
}

function render(api) {
  const main = document.getElementById("document");
  main.replaceChildren();
  document.getElementById("title").textContent = api.info.title + " " + api.info.version;
  main.appendChild(element("p", api.info.description));
  const tags = new Map((api.tags || []).map((tag) => [tag.name, { tag: tag, operations: [] }]));
  Object.entries(api.paths || {}).forEach(([path, item]) => {
    ["get", "post", "put", "patch", "delete"].forEach((verb) => {
      if (item[verb]) {
        const name = (item[verb].tags || ["Other"])[0];
        if (!tags.has(name)) {
          tags.set(name, { tag: { name: name }, operations: [] });
        }
        tags.get(name).operations.push(
          operation(path, verb, item[verb], api.security, (api.components || {}).responses || {})
        );
      }
    });
  });
  tags.forEach(({ tag, operations }) => {
    if (operations.length) {
      main.appendChild(element("h2", tag.name));
      if (tag.description) {
        main.appendChild(element("p", tag.description));
      }
      operations.forEach((node) => main.appendChild(node));
    }
  });
  const schemas = Object.entries((api.components || {}).schemas || {});
  if (schemas.length) {
    main.appendChild(element("h2", "Schemas"));
    schemas.forEach(([name, schema]) => {
      main.appendChild(element("h3", name));
      if (schema.description) {
        main.appendChild(element("p", schema.description));
      }
      if (schema.enum) {
        main.appendChild(element("p", "One of: " + schema.enum.join(", ")));
      }
      const properties = Object.entries(schema.properties || {});
      if (properties.length) {
        main.appendChild(
          table(
            ["Field", "Type", "Description"],
            properties.map(([field, property]) => [field, schemaName(property), property.description || ""])
          )
        );
      }
    });
  }
}

fetch("/openapi?format=JSON", { headers: { Accept: "application/json" } })
  .then((response) => {
    if (!response.ok) {
      throw new Error("/openapi answered " + response.status);
    }
    return response.json();
  })
  .then(render)
  .catch((error) => {
    const main = document.getElementById("document");
    main.replaceChildren(element("p", "The document could not be read: " + error.message, { role: "alert" }));
  });
