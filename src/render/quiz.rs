//! Knowledge checks (docs/formats.md §3): finding quiz questions in an event stream, checking their
//! shape in the source, and rendering them as readable questions with hidden answers.

use super::html_escape;
use crate::content::markdown::{is_inline_end, is_inline_tag};
use crate::diagnostics::Diagnostic;
use crate::source::SourceFile;
use pulldown_cmark::{Event, Tag, html};
use std::ops::Range;

/// One question, as index ranges into the event list.
#[derive(Debug, Clone)]
pub struct Question {
    /// The whole item, `Start(Item)` to `End(Item)` inclusive.
    pub item: Range<usize>,
    /// The question's own content.
    pub prompt: Range<usize>,
    /// Each option: whether it is correct, and its content (without the task marker).
    pub options: Vec<(bool, Range<usize>)>,
    /// Whether the options list was a task list.
    pub task_list: bool,
    /// Content after the options.
    pub explanation: Range<usize>,
}

/// A quiz: the ordered lists between a `{.quiz}` heading and the next heading of the same
/// or a higher level.
#[derive(Debug, Clone)]
pub struct Quiz {
    /// Index of the quiz heading's `Start` event.
    pub heading: usize,
    /// Its questions.
    pub questions: Vec<Question>,
}

/// Finds quizzes in `events`.
pub fn find(events: &[Event]) -> Vec<Quiz> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, classes, .. }) = &events[i]
            && classes.iter().any(|c| c.as_ref() == "quiz")
        {
            let level = *level;
            let mut quiz = Quiz {
                heading: i,
                questions: Vec::new(),
            };
            let mut j = i + 1;
            let mut depth = 0usize;
            while j < events.len() {
                match &events[j] {
                    Event::Start(Tag::Heading { level: l, .. }) if *l <= level && depth == 0 => {
                        break;
                    }
                    Event::Start(Tag::List(Some(_))) if depth == 0 => {
                        let end = matching_end(events, j);
                        quiz.questions.extend(questions(events, j + 1..end));
                        j = end;
                    }
                    Event::Start(t) if !is_inline_tag(t) => depth += 1,
                    Event::End(t) if !is_inline_end(t) => depth = depth.saturating_sub(1),
                    _ => {}
                }
                j += 1;
            }
            out.push(quiz);
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn questions(events: &[Event], range: Range<usize>) -> Vec<Question> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if matches!(events[i], Event::Start(Tag::Item)) {
            let end = matching_end(events, i);
            out.push(question(events, i..end + 1));
            i = end + 1;
        } else {
            i += 1;
        }
    }
    out
}

fn question(events: &[Event], item: Range<usize>) -> Question {
    let inner = item.start + 1..item.end - 1;
    let list = (inner.clone()).find(|&k| matches!(events[k], Event::Start(Tag::List(_))));
    let Some(list_start) = list else {
        return Question {
            item,
            prompt: inner.clone(),
            options: Vec::new(),
            task_list: false,
            explanation: inner.end..inner.end,
        };
    };
    let list_end = matching_end(events, list_start);
    let mut options = Vec::new();
    let mut task_list = true;
    let mut k = list_start + 1;
    while k < list_end {
        if matches!(events[k], Event::Start(Tag::Item)) {
            let end = matching_end(events, k);
            match events.get(k + 1) {
                Some(Event::TaskListMarker(correct)) => options.push((*correct, k + 2..end)),
                _ => {
                    task_list = false;
                    options.push((false, k + 1..end));
                }
            }
            k = end + 1;
        } else {
            k += 1;
        }
    }
    Question {
        item,
        prompt: inner.start..list_start,
        options,
        task_list,
        explanation: list_end + 1..inner.end,
    }
}

/// The index of the `End` matching the `Start` at `start`.
fn matching_end(events: &[Event], start: usize) -> usize {
    let mut depth = 0usize;
    for (k, e) in events.iter().enumerate().skip(start) {
        match e {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    events.len().saturating_sub(1)
}

/// Checks the quizzes of a source body: every question has a task list of options with at
/// least one correct answer. `offsets[k]` is the file offset of `events[k]`.
pub fn check(events: &[Event], offsets: &[usize], file: &SourceFile) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for quiz in find(events) {
        if quiz.questions.is_empty() {
            out.push(Diagnostic::error(
                "bad-quiz",
                file,
                offsets[quiz.heading],
                "a `{.quiz}` section needs an ordered list of questions",
            ));
        }
        for q in &quiz.questions {
            let at = offsets[q.item.start];
            if q.options.is_empty() {
                out.push(
                    Diagnostic::error("bad-quiz", file, at, "quiz question has no options")
                        .hint("add a nested task list: `- [x] right` and `- [ ] wrong`"),
                );
            } else if !q.task_list {
                out.push(Diagnostic::error(
                    "bad-quiz",
                    file,
                    at,
                    "quiz options must be task-list items (`- [ ]` or `- [x]`)",
                ));
            } else if !q.options.iter().any(|(c, _)| *c) {
                out.push(Diagnostic::error(
                    "bad-quiz",
                    file,
                    at,
                    "quiz question has no correct option (`- [x]`)",
                ));
            }
        }
    }
    out
}

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
    use pulldown_cmark::Parser;

    const QUIZ: &str = "## Check {.quiz}\n\n1. What is the limit?\n\n   - [ ] 600 ppm\n   - [x] 100 ppm\n\n   Since 2011.\n\n2. No options?\n\n## Next\n";

    fn parse(md: &str) -> (Vec<Event<'_>>, Vec<usize>) {
        Parser::new_ext(md, crate::content::markdown::options())
            .into_offset_iter()
            .map(|(e, r)| (e, r.start))
            .unzip()
    }

    #[test]
    fn questions_options_and_explanations_are_found() {
        let (events, _) = parse(QUIZ);
        let quizzes = find(&events);
        assert_eq!(quizzes.len(), 1);
        let q = &quizzes[0].questions[0];
        assert_eq!(
            q.options.iter().map(|o| o.0).collect::<Vec<_>>(),
            [false, true]
        );
        assert!(fragment(&events, q.explanation.clone()).contains("Since 2011."));
    }

    #[test]
    fn a_question_without_options_is_an_error_at_its_line() {
        let (events, offsets) = parse(QUIZ);
        let file = SourceFile::new("m.md", QUIZ);
        let problems = check(&events, &offsets, &file);
        assert_eq!(problems.len(), 1);
        assert_eq!(
            (problems[0].line, problems[0].message.as_str()),
            (10, "quiz question has no options")
        );
    }

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
