//! Tables that fit the terminal: columns wrap (by display width, so 中文 counts double) when
//! the terminal is narrower than the table; a pipe gets every row whole on one line.

use comfy_table::{presets, ColumnConstraint, ContentArrangement, Table};

/// Columns whose every cell is at most this wide (ids, difficulties, counts) are never wrapped.
const NARROW: usize = 12;
/// The least room a wrapped column is planned with.
const MIN_WRAPPED: usize = 8;

/// The table as text: a header, a rule under it, then the rows. `width` is the terminal's.
pub fn layout(header: &[&str], rows: &[Vec<String>], width: Option<usize>) -> String {
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    table.set_style(comfy_table::TableComponent::HeaderLines, '─');
    table.set_style(comfy_table::TableComponent::MiddleHeaderIntersections, '─');
    table.set_header(header.iter().copied());
    for row in rows {
        table.add_row(row.iter().map(String::as_str));
    }
    let count = header.len();
    let natural: Vec<usize> = (0..count)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(String::as_str)
                .chain(header.get(i).copied())
                .map(display_width)
                .max()
                .unwrap_or(0)
        })
        .collect();
    // Narrow columns (ids, counts, durations) are kept whole, smallest first, as long as the
    // others keep room to wrap into; past that everything wraps.
    let padding = 2 * count.saturating_sub(1);
    let mut order: Vec<usize> = (0..count).filter(|&i| natural[i] <= NARROW).collect();
    order.sort_by_key(|&i| natural[i]);
    let mut pinned = vec![false; count];
    let mut used = padding + MIN_WRAPPED * count;
    for i in order {
        let grown = used - MIN_WRAPPED + natural[i];
        if width.is_none_or(|w| grown <= w) {
            pinned[i] = true;
            used = grown;
        }
    }
    for (i, column) in table.column_iter_mut().enumerate() {
        column.set_padding((0, if i + 1 == count { 0 } else { 2 }));
        if pinned[i] {
            column.set_constraint(ColumnConstraint::ContentWidth);
        } else {
            let least = u16::try_from(natural[i].min(MIN_WRAPPED)).unwrap_or(u16::MAX);
            column.set_constraint(ColumnConstraint::LowerBoundary(comfy_table::Width::Fixed(least)));
        }
    }
    match width {
        Some(w) => {
            table.set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(u16::try_from(w).unwrap_or(u16::MAX));
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    let text = table.to_string();
    text.lines().map(|l| l.trim_end()).collect::<Vec<_>>().join("\n")
}

/// Terminal columns of a cell: CJK and other wide characters (and full-width punctuation) take two.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

pub(super) fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts() {
        let header = ["id", "difficulty", "题目", "title", "lists"];
        let row = |cells: [&str; 5]| cells.map(String::from).to_vec();
        let rows = vec![
            row(["lc1", "Easy", "两数之和", "Two Sum", "hot"]),
            row([
                "lc300",
                "Medium",
                "最长递增子序列",
                "Longest Increasing Subsequence",
                "bytedance alibaba deepseek",
            ]),
            row(["mha", "Medium", "多头注意力", "Multi-Head Attention", "model bytedance"]),
        ];
        insta::assert_snapshot!("table_unlimited", layout(&header, &rows, None));
        insta::assert_snapshot!("table_60_columns", layout(&header, &rows, Some(60)));
    }

    #[test]
    fn narrow_terminals_wrap_cells_instead_of_overflowing() {
        let rows = vec![vec![
            "lc300".to_string(),
            "最长递增子序列".to_string(),
            "Longest Increasing Subsequence".to_string(),
        ]];
        let wide = layout(&["id", "题目", "title"], &rows, None);
        assert_eq!(wide.lines().count(), 3, "{wide}");
        let narrow = layout(&["id", "题目", "title"], &rows, Some(30));
        assert!(narrow.lines().count() > 3, "{narrow}");
        for line in narrow.lines() {
            let width = display_width(line);
            assert!(width <= 30, "{width} > 30: {line:?}\n{narrow}");
        }
    }
}
