//! `primer serve` end to end: edits show up over HTTP with a reload event, a broken edit
//! shows the overlay over the last good page, a fix recovers, and paths that leave the
//! site are refused. Also `primer new module`.

use crate::harness::TestProject;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(project: &TestProject) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_primer"))
        .args(["serve", "--port", "0"])
        .current_dir(project.root())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("a first line");
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    Server { child, port }
}

/// A raw GET (clients normalize `..`; this must not): status line and body.
fn get(port: u16, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let status = response.lines().next().unwrap_or_default().to_string();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Counts `event: reload` lines on the server-sent event stream.
fn listen(port: u16) -> Arc<Mutex<usize>> {
    let count = Arc::new(Mutex::new(0));
    let seen = count.clone();
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET /__primer/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .expect("send");
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if line.contains("event: reload") {
                *seen.lock().expect("lock") += 1;
            }
        }
    });
    count
}

#[test]
fn edits_reload_errors_overlay_the_last_good_page_and_traversal_is_refused() {
    let p = TestProject::fixture("basic");
    let server = start(&p);
    let page = "/alpha/en/first/index.html";
    let (status, body) = get(server.port, page);
    assert!(status.contains("200"), "{status}");
    assert!(
        body.contains("new EventSource(\"/__primer/events\")"),
        "the live-reload script is injected"
    );
    let reloads = listen(server.port);

    let md = p.read("content/modules/first.md");
    p.write(
        "content/modules/first.md",
        &md.replace("Text with a note.", "Text with an edited note."),
    );
    wait_for("the edit to be served", || {
        get(server.port, page)
            .1
            .contains("Text with an edited note.")
    });
    wait_for("a reload event", || *reloads.lock().expect("lock") > 0);
    // The briefing slides are served the same way, rebuilt with the module.
    let (status, deck) = get(server.port, "/alpha/en/slides/first/index.html");
    assert!(status.contains("200"), "{status}");
    assert!(deck.contains("new EventSource(\"/__primer/events\")"));
    assert!(deck.contains("Text with an edited note."), "{deck}");

    p.write(
        "content/modules/first.md",
        &md.replace("title: Small parts", "titel: Small parts"),
    );
    wait_for("the error overlay", || {
        get(server.port, page).1.contains("id=\"primer-overlay\"")
    });
    let (_, broken) = get(server.port, page);
    assert!(
        broken.contains("Text with an edited note."),
        "the last good page is still served"
    );
    assert!(
        broken.contains("content/modules/first.md:2:1: error: unknown field `titel`"),
        "{broken}"
    );

    p.write("content/modules/first.md", &md);
    wait_for("recovery", || {
        let (_, body) = get(server.port, page);
        !body.contains("primer-overlay") && body.contains("Text with a note.")
    });

    for bad in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/alpha/..%2f..%2f..%2fetc/passwd",
    ] {
        let (status, body) = get(server.port, bad);
        assert!(status.contains("400"), "{bad}: {status}");
        assert!(!body.contains("root:"), "{bad}");
    }
    let (status, body) = get(server.port, "/no/such/page.html");
    assert!(status.contains("404") && body.contains("Not found"));
    let (_, css) = get(server.port, "/static/style.css");
    assert!(css.contains("--bg"));
}

#[test]
fn new_module_scaffolds_a_valid_module_and_refuses_bad_ids() {
    let p = TestProject::fixture("basic");
    let run = p.run(&["new", "module", "toys-magnets"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        p.read("content/modules/toys-magnets.md")
            .starts_with("---\ntitle: Toys magnets\n")
    );
    assert_eq!(p.run(&["i18n", "extract"]).code, 0);
    let build = p.run(&["build", "--no-pdf", "--strict"]);
    assert_eq!(build.code, 0, "{}", build.stderr);
    assert!(
        p.read("public/alpha/en/toys-magnets/index.html")
            .contains("Check your knowledge")
    );
    for (id, why) in [
        ("toys-magnets", "already exists"),
        ("Toys", "not a valid module id"),
        ("glossary", "reserved"),
    ] {
        let run = p.run(&["new", "module", id]);
        assert_eq!(run.code, 2, "{id}");
        assert!(run.stderr.contains(why), "{id}: {}", run.stderr);
    }
}

#[test]
fn an_empty_summary_and_its_fix_are_both_picked_up_by_a_running_server() {
    let p = TestProject::fixture("basic");
    let server = start(&p);
    let page = "/alpha/en/first/index.html";
    let md = p.read("content/modules/first.md");
    let summary = "summary: Toys for children under 3 must not have small parts.";
    p.write(
        "content/modules/first.md",
        &md.replace(summary, "summary: \"\""),
    );
    wait_for("the error overlay", || {
        get(server.port, page)
            .1
            .contains("content/modules/first.md:3:10: error: the summary is empty")
    });
    let (status, _) = get(server.port, "/static/style.css");
    assert!(status.contains("200"), "the server still answers: {status}");
    p.write(
        "content/modules/first.md",
        &md.replace(
            summary,
            "summary: Toys for small children must not have small parts.",
        ),
    );
    wait_for("the fixed summary", || {
        let (_, body) = get(server.port, page);
        !body.contains("primer-overlay") && body.contains("Toys for small children")
    });
}
