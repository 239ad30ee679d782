//! `serve` rebuilds only what an edit affects, using what it kept from earlier builds. For a
//! sequence of edits of every kind of input, the cached rebuild must give exactly the files
//! of a fresh build of the same sources.

use crate::harness::TestProject;
use primer::output::{Files, LiveOutput, Output};
use primer::pipeline::{BuildPlan, Cache, build_cached};
use std::collections::BTreeMap;

fn plan(project: &TestProject) -> BuildPlan {
    BuildPlan {
        pdf: false,
        ..BuildPlan::new(project.root())
    }
}

/// Builds into `files` with `cache`; returns the files afterwards.
fn build_into(plan: &BuildPlan, files: &Files, cache: &mut Cache) -> BTreeMap<String, Vec<u8>> {
    let report = build_cached(plan, Output::Live(LiveOutput::new(files.clone())), cache)
        .expect("the build runs");
    assert!(
        report.succeeded,
        "{:?}",
        report
            .diagnostics
            .iter()
            .map(|d| d.render())
            .collect::<Vec<_>>()
    );
    files
        .read()
        .expect("files")
        .iter()
        .map(|(path, bytes)| (path.clone(), bytes.to_vec()))
        .collect()
}

fn assert_same(edit: &str, cached: &BTreeMap<String, Vec<u8>>, fresh: &BTreeMap<String, Vec<u8>>) {
    let paths = |m: &BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(paths(cached), paths(fresh), "after {edit}: the same files");
    for (path, bytes) in fresh {
        assert!(
            cached[path] == *bytes,
            "after {edit}: {path} differs from a fresh build:\n--- cached\n{}\n--- fresh\n{}",
            String::from_utf8_lossy(&cached[path]),
            String::from_utf8_lossy(bytes)
        );
    }
}

/// Replaces `from` with `to` in `rel` (which must contain it).
fn edit(project: &TestProject, rel: &str, from: &str, to: &str) {
    let text = project.read(rel);
    assert!(text.contains(from), "{rel} has no {from:?}");
    project.write(rel, &text.replacen(from, to, 1));
}

#[test]
fn a_cached_rebuild_after_each_kind_of_edit_equals_a_fresh_build() {
    let project = TestProject::fixture("basic");
    let plan = plan(&project);
    let served: Files = Default::default();
    let mut cache = Cache::for_serve();
    build_into(&plan, &served, &mut cache);

    type Edit = (&'static str, fn(&TestProject));
    let edits: Vec<Edit> = vec![
        ("a module's text", |p| {
            edit(
                p,
                "content/modules/first.md",
                "Place the part",
                "Put the part",
            )
        }),
        ("a translation", |p| {
            edit(
                p,
                "locales/vi/modules/first.ftl",
                "Bộ phận nhỏ",
                "Các bộ phận nhỏ",
            )
        }),
        ("the source-locale glossary", |p| {
            edit(
                p,
                "locales/en/glossary.ftl",
                "-small-parts = small parts",
                "-small-parts = tiny parts",
            )
        }),
        ("a locale's glossary", |p| {
            let text = p.read("locales/vi/glossary.ftl");
            let first_term = text
                .lines()
                .find(|l| l.starts_with('-'))
                .expect("a term")
                .to_string();
            edit(
                p,
                "locales/vi/glossary.ftl",
                &first_term,
                &format!("{first_term} (đã sửa)"),
            );
        }),
        ("an audience page title", |p| {
            edit(
                p,
                "content/audiences/alpha.md",
                "title: Alpha",
                "title: Alpha Country",
            )
        }),
        ("the interface strings", |p| {
            let text = p.read("locales/en/ui.ftl");
            p.write("locales/en/ui.ftl", &format!("{text}\n# edited\n"));
            let line = text
                .lines()
                .find(|l| l.starts_with("site-title"))
                .map(str::to_string);
            if let Some(line) = line {
                edit(p, "locales/en/ui.ftl", &line, &format!("{line} (edited)"));
            }
        }),
        ("site.yaml", |p| {
            edit(
                p,
                "site.yaml",
                "title: Fixture Training",
                "title: Fixture Course",
            )
        }),
        ("a template", |p| {
            edit(
                p,
                "themes/default/templates/module.html",
                "<h1>",
                "<!-- edited --><h1>",
            );
        }),
        ("a media file", |p| {
            let text = p.read("content/media/cylinder.svg");
            p.write(
                "content/media/cylinder.svg",
                &text.replace("</svg>", "<!-- edited --></svg>"),
            );
        }),
        ("a translated interface string", |p| {
            edit(
                p,
                "locales/vi/ui.ftl",
                "nav-home = Tất cả các nước",
                "nav-home = Mọi quốc gia",
            )
        }),
        (
            "an interface string that starts to use a glossary term",
            |p| {
                let text = p.read("locales/en/ui.ftl");
                let line = text
                    .lines()
                    .find(|l| l.starts_with("site-tagline"))
                    .expect("a tagline")
                    .to_string();
                edit(
                    p,
                    "locales/en/ui.ftl",
                    &line,
                    "site-tagline = Training about { -small-parts }",
                );
            },
        ),
        ("the glossary term an interface string uses", |p| {
            edit(
                p,
                "locales/en/glossary.ftl",
                "-small-parts = tiny parts",
                "-small-parts = very small parts",
            )
        }),
        ("a translated audience page title", |p| {
            edit(
                p,
                "locales/vi/audiences/alpha.ftl",
                "= An-pha",
                "= Xứ An-pha",
            )
        }),
        (
            "a base template that starts to show the audience title",
            |p| {
                edit(
                    p,
                    "themes/default/templates/base.html",
                    "{% block content %}",
                    "<p class=\"audience\">{{ audience_title }}</p>{% block content %}",
                );
            },
        ),
        (
            "a base template that shows a string of another locale",
            |p| {
                edit(
                    p,
                    "themes/default/templates/base.html",
                    "{% block content %}",
                    "<p>{{ t(key=\"nav-home\", lang=\"vi\") }}</p>{% block content %}",
                );
            },
        ),
        ("that string in its locale", |p| {
            edit(
                p,
                "locales/vi/ui.ftl",
                "nav-home = Mọi quốc gia",
                "nav-home = Mọi nước",
            )
        }),
        ("an audience page title shown by every page", |p| {
            edit(
                p,
                "content/audiences/beta.md",
                "title: Beta",
                "title: Beta Country",
            )
        }),
        ("a translated audience title shown by every page", |p| {
            edit(
                p,
                "locales/vi/audiences/alpha.ftl",
                "= Xứ An-pha",
                "= Nước An-pha",
            )
        }),
        ("a locale's name in site.yaml", |p| {
            edit(p, "site.yaml", "name: Tiếng Việt", "name: Tiếng Việt Nam")
        }),
        ("a locale's review state in site.yaml", |p| {
            edit(p, "site.yaml", "review: draft", "review: reviewed")
        }),
        ("the site's base_url in site.yaml", |p| {
            let text = p.read("site.yaml");
            p.write(
                "site.yaml",
                &format!("base_url: https://example.org/training\n{text}"),
            );
        }),
        ("a part title in the registry", |p| {
            edit(
                p,
                "content/regulations.yaml",
                "title: Safety Standard for Toys",
                "title: Safety Standard for Toys (amended)",
            )
        }),
        ("a translated part title of the registry", |p| {
            edit(
                p,
                "locales/vi/regulations.ftl",
                "Phương pháp xác định",
                "Phương pháp nhận biết",
            )
        }),
        ("an edition in the registry", |p| {
            edit(
                p,
                "content/regulations.yaml",
                "effective: 2027-01-01",
                "effective: 2027-02-01",
            )
        }),
        (
            "a module's audiences (links to it from other modules)",
            |p| {
                edit(
                    p,
                    "content/modules/second.md",
                    "audiences: [alpha, beta]",
                    "audiences: [beta]",
                )
            },
        ),
        ("adding a media file", |p| {
            p.write(
                "content/media/extra.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
            );
        }),
        ("a module template", |p| {
            edit(
                p,
                "themes/default/templates/module.html",
                "<!-- edited -->",
                "<!-- edited twice -->",
            );
        }),
        ("adding a module", |p| {
            p.write(
                "content/modules/third.md",
                "---\ntitle: Third\nsummary: A third module.\ncategory: toys\nreviewed: 2026-10-01\n---\n## More {#more}\n\nSee [the test](first.md#test).\n",
            );
        }),
        ("deleting a module", |p| {
            std::fs::remove_file(p.root().join("content/modules/third.md")).expect("delete");
        }),
    ];
    for (what, apply) in edits {
        apply(&project);
        let cached = build_into(&plan, &served, &mut cache);
        let fresh = build_into(&plan, &Files::default(), &mut Cache::default());
        assert_same(what, &cached, &fresh);
    }
}

/// The served files with their shared buffers: a file kept from the previous build is the
/// same buffer, one made again is a new one.
fn buffers(files: &Files) -> BTreeMap<String, std::sync::Arc<Vec<u8>>> {
    files.read().expect("files").clone()
}

#[test]
fn serve_with_pdfs_retypesets_only_the_pdfs_an_edit_touches() {
    let project = TestProject::fixture("basic");
    let plan = BuildPlan {
        pdf: true,
        ..BuildPlan::new(project.root())
    };
    let served: Files = Default::default();
    let mut cache = Cache::for_serve();
    build_into(&plan, &served, &mut cache);
    let before = buffers(&served);
    let pdfs: Vec<&String> = before.keys().filter(|p| p.ends_with(".pdf")).collect();
    assert!(
        pdfs.iter().any(|p| p.ends_with("handouts/first.pdf"))
            && pdfs.iter().any(|p| p.ends_with("handouts/all-modules.pdf"))
            && pdfs.iter().any(|p| p.ends_with("slides/first.pdf")),
        "handouts, booklets and decks: {pdfs:?}"
    );

    // Nothing changed: no PDF is typeset again.
    build_into(&plan, &served, &mut cache);
    let again = buffers(&served);
    for path in &pdfs {
        assert!(
            std::sync::Arc::ptr_eq(&before[*path], &again[*path]),
            "{path} was typeset again though nothing changed"
        );
    }

    // An edit to one module: its handouts, its decks and the booklets that include it are
    // typeset again, every other PDF is kept; the result is that of a fresh build.
    edit(
        &project,
        "content/modules/first.md",
        "Place the part",
        "Put the part",
    );
    let cached = build_into(&plan, &served, &mut cache);
    let after = buffers(&served);
    for path in &pdfs {
        let touched = path.ends_with("/first.pdf") || path.ends_with("/all-modules.pdf");
        let kept = std::sync::Arc::ptr_eq(&again[*path], &after[*path]);
        assert_eq!(
            kept,
            !touched,
            "{path}: {}",
            if touched {
                "not typeset again after its module changed"
            } else {
                "typeset again though its module did not change"
            }
        );
    }
    let fresh = build_into(&plan, &Files::default(), &mut Cache::default());
    assert_same("an edit with PDFs", &cached, &fresh);
}
