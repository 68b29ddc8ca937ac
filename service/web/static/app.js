// crossclaim page: paste or upload an article, post it to the JSON API, show the outcome.
(function () {
  "use strict";
  const form = document.getElementById("ingest-form");
  if (!form) return;
  const out = document.getElementById("ingest-result");
  const keyInput = form.elements.namedItem("key");
  keyInput.value = sessionStorage.getItem("crossclaim-key") || "";
  let records = null; // articles read from a .json/.jsonl file

  function show(html, isError) {
    out.innerHTML = isError ? '<span class="err">' + html + "</span>" : html;
  }
  function esc(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;",
      '"': "&quot;", "'": "&#39;" }[c]));
  }

  function fromHtml(html) {
    const doc = new DOMParser().parseFromString(html, "text/html");
    doc.querySelectorAll("script,style,nav,header,footer,aside,form,noscript")
      .forEach((n) => n.remove());
    const main = doc.querySelector("article") || doc.querySelector("main") || doc.body;
    const blocks = Array.from(main.querySelectorAll("h1,h2,h3,p,li,blockquote"))
      .map((n) => n.textContent.trim()).filter(Boolean);
    return { title: (doc.querySelector("title") || {}).textContent || "",
             text: blocks.length ? blocks.join("\n\n") : main.textContent.trim() };
  }

  form.elements.namedItem("file").addEventListener("change", async (ev) => {
    const file = ev.target.files[0];
    records = null;
    if (!file) return;
    const content = await file.text();
    const name = file.name.toLowerCase();
    try {
      if (name.endsWith(".jsonl")) {
        records = content.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l));
      } else if (name.endsWith(".json")) {
        const data = JSON.parse(content);
        records = Array.isArray(data) ? data : [data];
      } else if (name.endsWith(".html") || name.endsWith(".htm")) {
        const page = fromHtml(content);
        form.elements.namedItem("text").value = page.text;
        if (!form.elements.namedItem("title").value) form.elements.namedItem("title").value = page.title.trim();
      } else {
        form.elements.namedItem("text").value = content;
      }
    } catch (err) {
      show("cannot read " + esc(file.name) + ": " + esc(err.message), true);
      return;
    }
    if (!form.elements.namedItem("source").value) {
      form.elements.namedItem("source").value = file.name.replace(/\.[^.]+$/, "");
    }
    if (records) {
      form.elements.namedItem("text").required = false;
      show(records.length + " article(s) read from " + esc(file.name) + ": press Ingest.");
    }
  });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = form.elements;
    let body;
    if (records) {
      body = records.map((r) => Object.assign({ source: f.namedItem("source").value }, r));
    } else {
      body = { source: f.namedItem("source").value, text: f.namedItem("text").value };
      for (const name of ["title", "published", "author", "url"]) {
        const value = f.namedItem(name).value.trim();
        if (value) body[name] = value;
      }
    }
    const headers = { "Content-Type": "application/json" };
    const key = keyInput.value.trim();
    if (key) {
      headers.Authorization = "Bearer " + key;
      sessionStorage.setItem("crossclaim-key", key);
    }
    const button = form.querySelector("button");
    button.disabled = true;
    show("Ingesting…");
    try {
      const response = await fetch("/v1/articles", { method: "POST", headers,
                                                      body: JSON.stringify(body) });
      const data = await response.json();
      if (!response.ok) {
        show(esc(data.error ? data.error.message : response.statusText), true);
        return;
      }
      show(data.results.map((r) => '<a href="/article?id=' + encodeURIComponent(r.article_id) +
        '">' + esc(r.article_id) + "</a>: " + esc(r.status) + ", " + r.claims + " claims")
        .join("<br>"));
      records = null;
      f.namedItem("text").required = true;
    } catch (err) {
      show("request failed: " + esc(err.message), true);
    } finally {
      button.disabled = false;
    }
  });
})();
