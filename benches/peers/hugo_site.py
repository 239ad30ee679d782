#!/usr/bin/env python3
"""Writes a Hugo site with the same content as a Primer benchmark corpus.

Usage: hugo_site.py PRIMER_CORPUS HUGO_DIR

Each module of PRIMER_CORPUS/content/modules becomes a page in each of the corpus's six
languages, as Hugo's multilingual mode expects (one content directory per language). The
English page is the module's Markdown; the other languages get the same Markdown with each
paragraph, list item and heading prefixed by a word of that language, as the corpus's Fluent
translations do ("译文: …"). The layouts are minimal but do what a training page does: a base
template, the page with its table of contents, a list page per language and section.
"""

import pathlib
import re
import sys

LANGUAGES = [
    ("en", "English", ""),
    ("zh-cn", "简体中文", "译文: "),
    ("ko", "한국어", "번역: "),
    ("vi", "Tiếng Việt", "Bản dịch: "),
    ("id", "Bahasa Indonesia", "Terjemahan: "),
    ("ms", "Bahasa Melayu", "Terjemahan: "),
]

CONFIG_HEAD = """baseURL = "/"
title = "Benchmark corpus"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = false
[markup.goldmark.parser.attribute]
block = true
title = true
"""

LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Lang }}">{{ .Language.LanguageName }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p>{{ .Params.summary }}</p>
<ul>{{ range .Params.objectives }}<li>{{ . }}</li>{{ end }}</ul>
<nav>{{ .TableOfContents }}</nav>
{{ .Content }}</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
""",
}

FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def translate_body(body: str, prefix: str) -> str:
    """Prefixes each paragraph, list item and heading; keeps tables, quizzes and code."""
    if not prefix:
        return body
    out = []
    for block in body.split("\n\n"):
        line = block.lstrip()
        if line.startswith("|") or line.startswith(">") or not line:
            out.append(block)
        elif line.startswith("#"):
            hashes, _, text = block.partition(" ")
            out.append(f"{hashes} {prefix}{text}")
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            out.append(re.sub(r"^(\s*(?:- (?:\[[ x]\] )?|\d+\. ))", lambda m: m.group(1) + prefix, block, flags=re.M))
        else:
            out.append(prefix + block)
    return "\n\n".join(out)


def front_matter(yaml: str, prefix: str) -> str:
    lines = []
    for line in yaml.splitlines():
        m = re.match(r"^(title|summary): (.*)$", line)
        if m:
            lines.append(f'{m.group(1)}: "{prefix}{m.group(2)}"')
        elif line.startswith("  - "):
            lines.append(f'  - "{prefix}{line[4:]}"')
        elif re.match(r"^(objectives|regulations|reviewed|order|category):", line):
            lines.append(line)
    return "\n".join(lines)


def main() -> None:
    corpus, hugo = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    config = [CONFIG_HEAD]
    for weight, (code, name, _) in enumerate(LANGUAGES, 1):
        config.append(
            f'[languages.{code}]\nlanguageName = "{name}"\nweight = {weight}\n'
            f'contentDir = "content/{code}"\n'
        )
    hugo.mkdir(parents=True, exist_ok=True)
    (hugo / "hugo.toml").write_text("\n".join(config), encoding="utf-8")
    for rel, text in LAYOUTS.items():
        path = hugo / "layouts" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    modules = sorted((corpus / "content" / "modules").glob("*.md"))
    for code, _, prefix in LANGUAGES:
        target = hugo / "content" / code / "modules"
        target.mkdir(parents=True, exist_ok=True)
        for module in modules:
            text = module.read_text(encoding="utf-8")
            m = FRONT.match(text)
            if not m:
                continue
            body = text[m.end():]
            # Links between modules point at Hugo's page paths.
            body = re.sub(r"\]\((corpus-\d+)\.md(#[^)]*)?\)", lambda l: f"](../{l.group(1)}/{l.group(2) or ''})", body)
            page = f"---\n{front_matter(m.group(1), prefix)}\n---\n{translate_body(body, prefix)}"
            (target / module.name).write_text(page, encoding="utf-8")
    print(f"wrote {len(modules)} modules in {len(LANGUAGES)} languages to {hugo}")


if __name__ == "__main__":
    main()
