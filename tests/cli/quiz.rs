//! Knowledge checks on the page: questions with one right answer and "choose all that
//! apply" questions.

use crate::harness::TestProject;

/// The `<li class="quiz-question" id="quiz-N" …>…</li>` of question `n` in `html`.
fn question(html: &str, n: usize) -> &str {
    let start = html
        .find(&format!("id=\"quiz-{n}\""))
        .unwrap_or_else(|| panic!("no question {n}"));
    let end = html[start..]
        .find("</details>")
        .map_or(html.len(), |e| start + e);
    &html[start..end]
}

#[test]
fn a_question_with_two_right_answers_says_choose_all_and_has_checkboxes() {
    let p = TestProject::fixture("handouts");
    let run = p.run(&["build", "--no-pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (site, instruction) in [
        ("gamma/zh-CN", "请选出所有正确的选项。"),
        ("gamma/en", "Choose all that apply."),
    ] {
        let html = p.read(&format!("public/{site}/cribs/index.html"));
        let two = question(&html, 2);
        assert!(two.contains("data-multiple=\"true\""), "{two}");
        assert!(two.contains("data-check=\""), "{two}");
        assert!(
            two.contains(&format!("<p class=\"quiz-instruction\">{instruction}</p>")),
            "{two}"
        );
        assert_eq!(two.matches("type=\"checkbox\"").count(), 3, "{two}");
        assert_eq!(two.matches("data-correct=\"true\"").count(), 2, "{two}");
        for single in [1, 3] {
            let q = question(&html, single);
            assert!(
                !q.contains("data-multiple") && !q.contains("checkbox") && !q.contains(instruction),
                "{q}"
            );
        }
    }
}
