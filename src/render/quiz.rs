//! Knowledge checks on pages (docs/formats.md §3): each question of a quiz, as found by
//! [`crate::content::quiz`], rendered as a readable question with a hidden answer.

use super::html_escape;
use crate::content::quiz::{Question, find};
use pulldown_cmark::{Event, html};
use std::ops::Range;

/// Labels for the readable quiz, in the page's language.
pub struct QuizLabels {
    /// Summary of the `<details>` that hides the answer.
    pub show_answer: String,
    /// Lead-in to the correct option(s).
    pub correct: String,
    /// Feedback for a right choice (interactive version).
    pub right: String,
    /// Feedback for a wrong choice (interactive version).
    pub wrong: String,
    /// The score, with `{correct}` and `{total}` to fill in (interactive version).
    pub score: String,
    /// The instruction of a question with more than one right answer.
    pub choose_all: String,
    /// The button that checks the options chosen in such a question (interactive version).
    pub check: String,
}

/// Replaces each question of each quiz with readable HTML (answer hidden in `<details>`).
pub fn render<'e>(events: Vec<Event<'e>>, labels: &QuizLabels) -> Vec<Event<'e>> {
    let quizzes = find(&events);
    if quizzes.is_empty() {
        return events;
    }
    let mut replaced: Vec<(Range<usize>, String)> = Vec::new();
    let mut number = 0;
    for quiz in &quizzes {
        for q in &quiz.questions {
            if q.options.is_empty() {
                continue;
            }
            number += 1;
            replaced.push((q.item.clone(), question_html(&events, q, number, labels)));
        }
    }
    let mut out = Vec::with_capacity(events.len());
    let mut next = replaced.into_iter().peekable();
    let mut events = events.into_iter().enumerate();
    while let Some((k, e)) = events.next() {
        if let Some((range, _)) = next.peek()
            && range.start == k
        {
            let (range, html) = next.next().unwrap_or_default();
            out.push(Event::Html(html.into()));
            for _ in range.start + 1..range.end {
                events.next();
            }
            continue;
        }
        out.push(e);
    }
    out
}

fn fragment(events: &[Event], range: Range<usize>) -> String {
    let mut s = String::new();
    html::push_html(&mut s, events[range].iter().cloned());
    s
}

fn question_html(events: &[Event], q: &Question, number: usize, labels: &QuizLabels) -> String {
    // Two or more right options make a "choose all that apply" question: checkboxes and a
    // button that checks the choice, instead of one click on one option.
    let multiple = q.options.iter().filter(|(c, _)| *c).count() > 1;
    let mut s = format!(
        "<li class=\"quiz-question\" id=\"quiz-{number}\" data-right=\"{}\" data-wrong=\"{}\" data-score=\"{}\"",
        html_escape(&labels.right),
        html_escape(&labels.wrong),
        html_escape(&labels.score)
    );
    if multiple {
        s.push_str(&format!(
            " data-multiple=\"true\" data-check=\"{}\"",
            html_escape(&labels.check)
        ));
    }
    s.push_str(">\n<div class=\"quiz-prompt\">");
    s.push_str(&fragment(events, q.prompt.clone()));
    if multiple {
        s.push_str(&format!(
            "<p class=\"quiz-instruction\">{}</p>",
            html_escape(&labels.choose_all)
        ));
    }
    s.push_str("</div>\n<ul class=\"quiz-options\">\n");
    let mut correct = Vec::new();
    for (k, (is_correct, range)) in q.options.iter().enumerate() {
        let option = fragment(events, range.clone());
        if multiple {
            let id = format!("quiz-{number}-{}", k + 1);
            s.push_str(&format!(
                "<li class=\"quiz-option\" data-correct=\"{is_correct}\"><input type=\"checkbox\" class=\"quiz-check\" id=\"{id}\"> <label for=\"{id}\">{}</label></li>\n",
                strip_paragraph(&option)
            ));
        } else {
            s.push_str(&format!(
                "<li class=\"quiz-option\" data-correct=\"{is_correct}\">{}</li>\n",
                option.trim_end()
            ));
        }
        if *is_correct {
            // The answer repeats the option's text: drop its ids so they stay unique.
            correct.push(strip_ids(&strip_paragraph(&option)));
        }
    }
    s.push_str("</ul>\n<details class=\"quiz-answer\"><summary>");
    s.push_str(&html_escape(&labels.show_answer));
    s.push_str("</summary>\n<p class=\"quiz-correct\">");
    s.push_str(&html_escape(&labels.correct));
    s.push(' ');
    s.push_str(&correct.join("; "));
    s.push_str("</p>\n");
    s.push_str(&fragment(events, q.explanation.clone()));
    s.push_str("</details>\n</li>\n");
    s
}

fn strip_ids(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 5..];
        rest = after.find('"').map_or("", |end| &after[end + 1..]);
    }
    out.push_str(rest);
    out
}

fn strip_paragraph(html: &str) -> String {
    let t = html.trim();
    t.strip_prefix("<p>")
        .and_then(|x| x.strip_suffix("</p>"))
        .unwrap_or(t)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::quiz::tests::{QUIZ, parse};

    #[test]
    fn repeated_answers_do_not_repeat_ids() {
        assert_eq!(
            strip_ids("<span class=\"f\" id=\"untranslated-3\">x</span>"),
            "<span class=\"f\">x</span>"
        );
    }

    fn labels() -> QuizLabels {
        QuizLabels {
            show_answer: "Show answer".into(),
            correct: "Correct:".into(),
            right: "Yes".into(),
            wrong: "No".into(),
            score: "{correct}/{total}".into(),
            choose_all: "Choose all that apply.".into(),
            check: "Check answer".into(),
        }
    }

    fn rendered(md: &str) -> String {
        let (events, _) = parse(md);
        let mut html = String::new();
        html::push_html(&mut html, render(events, &labels()).into_iter());
        html
    }

    #[test]
    fn rendered_answers_are_hidden_in_details() {
        let html = rendered(QUIZ);
        assert!(html.contains("<details class=\"quiz-answer\"><summary>Show answer</summary>\n<p class=\"quiz-correct\">Correct: 100 ppm</p>"), "{html}");
        assert!(!html.contains("checkbox"));
        assert!(html.contains("data-correct=\"true\">100 ppm</li>"));
    }

    /// `- [x]` on two options means "choose all that apply": the page says so and offers
    /// checkboxes, with what quiz.js needs to score the question right only when exactly
    /// the right options are chosen.
    #[test]
    fn a_question_with_two_right_answers_has_checkboxes_and_says_choose_all() {
        let md = "## Check {.quiz}\n\n1. Which limits apply?\n\n   - [x] **90 ppm** for paint\n   - [ ] 600 ppm\n   - [x] 100 ppm for the substrate\n\n   Both.\n\n2. Single?\n\n   - [x] Yes\n   - [ ] No\n";
        let html = rendered(md);
        let (multi, single) = html.split_once("id=\"quiz-2\"").expect("two questions");
        assert!(multi.contains("<li class=\"quiz-question\" id=\"quiz-1\" data-right=\"Yes\" data-wrong=\"No\" data-score=\"{correct}/{total}\" data-multiple=\"true\" data-check=\"Check answer\">"), "{html}");
        assert!(
            multi.contains("<p class=\"quiz-instruction\">Choose all that apply.</p>"),
            "{html}"
        );
        for (correct, k, text) in [
            (true, 1, "<strong>90 ppm</strong> for paint"),
            (false, 2, "600 ppm"),
            (true, 3, "100 ppm for the substrate"),
        ] {
            let option = format!(
                "<li class=\"quiz-option\" data-correct=\"{correct}\"><input type=\"checkbox\" class=\"quiz-check\" id=\"quiz-1-{k}\"> <label for=\"quiz-1-{k}\">{text}</label></li>"
            );
            assert!(multi.contains(&option), "{option} missing from {html}");
        }
        assert!(
            multi.contains(
                "Correct: <strong>90 ppm</strong> for paint; 100 ppm for the substrate</p>"
            ),
            "{html}"
        );
        // A question with one right answer stays as it was.
        assert!(!single.contains("data-multiple"), "{html}");
        assert!(!single.contains("checkbox"), "{html}");
        assert!(!single.contains("quiz-instruction"), "{html}");
        assert!(
            single.contains("<li class=\"quiz-option\" data-correct=\"true\">Yes</li>"),
            "{html}"
        );
    }
}
