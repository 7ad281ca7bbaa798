//! Markdown (statements, hints) rendered for a terminal: bold headings, indented code blocks,
//! bulleted lists, styled inline code. The line breaks of the source are kept: statements are
//! written with short lines, and CJK text has no spaces to re-wrap at.

use anstyle::{AnsiColor, Style};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const HEADING: Style = Style::new().bold().underline();
const SUBHEADING: Style = Style::new().bold();
const CODE: Style = AnsiColor::Cyan.on_default();
const BLOCK: Style = AnsiColor::Cyan.on_default();
const DIM: Style = Style::new().dimmed();

/// The markdown as terminal text with ANSI styles (`anstream` drops them where colour is off),
/// prose wrapped at word boundaries to the terminal's width.
pub fn to_terminal(markdown: &str) -> String {
    to_width(markdown, super::terminal_width())
}

fn to_width(markdown: &str, width: Option<usize>) -> String {
    let mut r = Renderer::default();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        r.event(event);
    }
    let text = r.finish();
    match width {
        Some(width) => text.lines().flat_map(|l| wrap(l, width)).collect::<Vec<_>>().join("\n"),
        None => text,
    }
}

/// Breaks a line wider than `width` at its last space (or, in CJK text, between characters),
/// indenting continuations under the text of a list item. Code lines are left alone.
fn wrap(line: &str, width: usize) -> Vec<String> {
    if display_width(line) <= width || line.starts_with("    ") {
        return vec![line.to_string()];
    }
    let plain = strip(line);
    let lead = plain.len() - plain.trim_start().len();
    let bullet = plain
        .trim_start()
        .split_once(' ')
        .filter(|(m, _)| *m == "•" || (m.ends_with('.') && m[..m.len() - 1].parse::<u32>().is_ok()));
    let indent = " ".repeat(lead + bullet.map_or(0, |(m, _)| display_width(m) + 1));
    let mut lines = Vec::new();
    let mut current = String::new();
    let mut current_width = 0;
    // (byte index in `current` just after the last space, width up to there)
    let mut last_space: Option<(usize, usize)> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            current.push(c);
            for e in chars.by_ref() {
                current.push(e);
                if e.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        let w = char_width(c);
        if c == ' ' && current_width + w > width {
            lines.push(current.trim_end().to_string());
            current = indent.clone();
            current_width = indent.len();
            last_space = None;
            continue;
        }
        if current_width + w > width && current_width > indent.len() {
            let (head, rest) = match last_space {
                Some((at, _)) if at > indent.len() => (current[..at].trim_end().to_string(), current[at..].to_string()),
                _ => (current.clone(), String::new()),
            };
            lines.push(head);
            current = format!("{indent}{rest}");
            current_width = display_width(&current);
            last_space = None;
        }
        current.push(c);
        current_width += w;
        if c == ' ' {
            last_space = Some((current.len(), current_width));
        }
    }
    lines.push(current);
    lines
}

fn strip(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for e in chars.by_ref() {
                if e.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn display_width(s: &str) -> usize {
    strip(s).chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    if super::table::is_wide(c) {
        2
    } else {
        1
    }
}

#[derive(Default)]
struct Renderer {
    out: String,
    bold: usize,
    italic: usize,
    heading: Option<HeadingLevel>,
    in_code_block: bool,
    /// One entry per open list: the next number of an ordered list, None for bullets.
    lists: Vec<Option<u64>>,
    quote: usize,
    table: Option<Vec<Vec<String>>>,
    link: Option<String>,
}

impl Renderer {
    fn style(&self) -> Style {
        let mut style = match self.heading {
            Some(HeadingLevel::H1 | HeadingLevel::H2) => HEADING,
            Some(_) => SUBHEADING,
            None => Style::new(),
        };
        if self.bold > 0 {
            style = style.bold();
        }
        if self.italic > 0 {
            style = style.italic();
        }
        style
    }

    /// Starts a new line (with the quote bar and list indentation) unless at one already.
    fn line_start(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
        for _ in 0..self.quote {
            self.out.push_str(&format!("{DIM}│{DIM:#} "));
        }
    }

    /// A blank line between blocks (not at the top, not doubled).
    fn block_gap(&mut self) {
        if !self.out.is_empty() && self.lists.is_empty() {
            if !self.out.ends_with('\n') {
                self.out.push('\n');
            }
            if !self.out.ends_with("\n\n") {
                self.out.push('\n');
            }
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(table) = &mut self.table {
            if let Some(cell) = table.last_mut().and_then(|row| row.last_mut()) {
                cell.push_str(text);
            }
            return;
        }
        if self.in_code_block {
            for line in text.lines() {
                self.out.push_str(&format!("    {BLOCK}{line}{BLOCK:#}\n"));
            }
            return;
        }
        let style = self.style();
        let indent = "  ".repeat(self.lists.len());
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.out.push('\n');
                self.out.push_str(&indent);
            }
            if !line.is_empty() {
                self.out.push_str(&format!("{style}{line}{style:#}"));
            }
        }
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t),
            Event::Code(c) => {
                if let Some(table) = &mut self.table {
                    if let Some(cell) = table.last_mut().and_then(|row| row.last_mut()) {
                        cell.push_str(&c);
                    }
                } else {
                    self.out.push_str(&format!("{CODE}{c}{CODE:#}"));
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                self.out.push('\n');
                self.out.push_str(&"  ".repeat(self.lists.len()));
            }
            Event::Rule => {
                self.block_gap();
                self.out.push_str(&format!("{DIM}{}{DIM:#}\n", "─".repeat(40)));
            }
            Event::Html(h) | Event::InlineHtml(h) => self.text(&h),
            Event::InlineMath(m) | Event::DisplayMath(m) => self.text(&m),
            Event::FootnoteReference(f) => self.text(&format!("[{f}]")),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level, .. } => {
                self.block_gap();
                self.heading = Some(level);
            }
            Tag::Paragraph if self.lists.is_empty() => {
                self.block_gap();
                self.line_start();
            }
            Tag::CodeBlock(_) => {
                if self.lists.is_empty() {
                    self.block_gap();
                } else if !self.out.ends_with('\n') {
                    self.out.push('\n');
                }
                self.in_code_block = true;
            }
            Tag::List(first) => {
                if self.lists.is_empty() {
                    self.block_gap();
                }
                self.lists.push(first);
            }
            Tag::Item => {
                self.line_start();
                let depth = self.lists.len().saturating_sub(1);
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}.", *n - 1)
                    }
                    _ => "•".to_string(),
                };
                self.out.push_str(&format!("{}{marker} ", "  ".repeat(depth)));
            }
            Tag::BlockQuote(_) => {
                self.block_gap();
                self.quote += 1;
                self.line_start();
            }
            Tag::Strong => self.bold += 1,
            Tag::Emphasis => self.italic += 1,
            Tag::Link { dest_url, .. } => self.link = Some(dest_url.to_string()),
            Tag::Table(_) => {
                self.block_gap();
                self.table = Some(Vec::new());
            }
            Tag::TableHead | Tag::TableRow => {
                if let Some(t) = &mut self.table {
                    t.push(Vec::new());
                }
            }
            Tag::TableCell => {
                if let Some(row) = self.table.as_mut().and_then(|t| t.last_mut()) {
                    row.push(String::new());
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.heading = None;
                self.out.push('\n');
            }
            TagEnd::Paragraph if !self.out.ends_with('\n') => self.out.push('\n'),
            TagEnd::CodeBlock => self.in_code_block = false,
            TagEnd::List(_) => {
                self.lists.pop();
                if !self.out.ends_with('\n') {
                    self.out.push('\n');
                }
            }
            TagEnd::BlockQuote(_) => self.quote = self.quote.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Link => {
                if let Some(url) = self.link.take() {
                    self.out.push_str(&format!(" {DIM}({url}){DIM:#}"));
                }
            }
            TagEnd::Table => {
                if let Some(rows) = self.table.take() {
                    if let Some((header, body)) = rows.split_first() {
                        let header: Vec<&str> = header.iter().map(String::as_str).collect();
                        self.out.push_str(&super::table::layout(&header, body, super::terminal_width()));
                        self.out.push('\n');
                    }
                }
            }
            _ => {}
        }
    }

    fn finish(mut self) -> String {
        while self.out.ends_with('\n') {
            self.out.pop();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(md: &str) -> String {
        let styled = to_terminal(md);
        let mut out = Vec::new();
        let mut stream = anstream::StripStream::new(&mut out);
        std::io::Write::write_all(&mut stream, styled.as_bytes()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn blocks_render_without_markup() {
        let md = "## 中文\n\n给你一个整数数组 `nums`，求**严格递增**的子序列。\n第二行。\n\n**示例 1**\n```\n输入：nums = [1]\n输出：1\n```\n- `1 <= n`\n- 二\n\n1. one\n2. two\n";
        assert_eq!(
            plain(md),
            "中文\n\n给你一个整数数组 nums，求严格递增的子序列。\n第二行。\n\n示例 1\n\n    输入：nums = [1]\n    输出：1\n\n• 1 <= n\n• 二\n\n1. one\n2. two"
        );
    }

    #[test]
    fn prose_wraps_at_words_and_cjk_between_characters() {
        let text = strip(&to_width(
            "- the quick brown fox jumps over the lazy dog\n\n最长递增子序列最长递增子序列",
            Some(20),
        ));
        assert_eq!(
            text,
            "• the quick brown\n  fox jumps over the\n  lazy dog\n\n最长递增子序列最长递\n增子序列"
        );
        let code = "```\na_very_long_line_of_code_that_must_not_be_wrapped()\n```";
        assert_eq!(
            strip(&to_width(code, Some(20))),
            "    a_very_long_line_of_code_that_must_not_be_wrapped()"
        );
    }

    #[test]
    fn styles_are_ansi_until_stripped() {
        let styled = to_terminal("a **b** `c`");
        assert!(styled.contains("\u{1b}[1mb"), "{styled:?}");
        assert!(styled.contains("\u{1b}[36mc"), "{styled:?}");
    }
}
