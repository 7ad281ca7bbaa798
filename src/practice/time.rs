//! Times as people read them: durations as a clock (`12:34`), timestamps and days in the local
//! time zone, "3 days ago", and streaks of practice days.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// `m:ss`, or `h:mm:ss` from an hour on.
pub fn duration(ms: u64) -> String {
    let s = ms / 1000;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// The local time zone. Without `TZ` set it is read from /etc/localtime alone: jiff's
/// `TimeZone::system()` also lists the whole zoneinfo tree to name the zone, 2–3 ms of every
/// drill that writes a record.
pub fn local_zone() -> TimeZone {
    static ZONE: OnceLock<TimeZone> = OnceLock::new();
    ZONE.get_or_init(|| {
        std::env::var_os("TZ")
            .is_none()
            .then(|| std::fs::read("/etc/localtime").ok())
            .flatten()
            .and_then(|tzif| TimeZone::tzif("Local", &tzif).ok())
            .unwrap_or_else(TimeZone::system)
    })
    .clone()
}

pub fn local_day(ts: Timestamp) -> Date {
    local_zone().to_datetime(ts).date()
}

/// `2026-11-23 18:17` in the local time zone.
pub fn local(ts: Timestamp) -> String {
    local_zone().to_datetime(ts).strftime("%Y-%m-%d %H:%M").to_string()
}

/// RFC 3339 with the local offset, for JSON.
pub fn rfc3339(ts: Timestamp) -> String {
    let offset = local_zone().to_offset(ts);
    ts.round(jiff::Unit::Second).unwrap_or(ts).display_with_offset(offset).to_string()
}

/// "just now", "5 min ago", "3 h ago", "today", "yesterday", "4 days ago".
pub fn ago(ts: Timestamp, now: Timestamp) -> String {
    let secs = (now.as_second() - ts.as_second()).max(0);
    if secs < 60 {
        return "just now".into();
    }
    if secs < 3600 {
        return format!("{} min ago", secs / 60);
    }
    if secs < 6 * 3600 {
        return format!("{} h ago", secs / 3600);
    }
    let days = local_day(ts).until(local_day(now)).map(|s| s.get_days()).unwrap_or(0);
    match days {
        0 => "today".into(),
        1 => "yesterday".into(),
        d => format!("{d} days ago"),
    }
}

/// "in 40 min", "in 5 h", "in 3 days".
pub fn until(ts: Timestamp, now: Timestamp) -> String {
    let secs = (ts.as_second() - now.as_second()).max(0);
    match secs {
        s if s < 3600 => format!("in {} min", s / 60),
        s if s < 86_400 => format!("in {} h", s / 3600),
        s => format!("in {} days", s / 86_400),
    }
}

/// Practice streaks over a set of local days: (current, longest). The current streak still
/// counts if the last practice day was yesterday. Days after `today` (a clock set back) are
/// ignored.
pub fn streaks(days: &BTreeSet<Date>, today: Date) -> (u32, u32) {
    let mut longest = 0;
    let mut run = 0;
    let mut previous: Option<Date> = None;
    for &day in days.range(..=today) {
        run = match previous {
            Some(p) if p.tomorrow().ok() == Some(day) => run + 1,
            _ => 1,
        };
        longest = longest.max(run);
        previous = Some(day);
    }
    let current = match previous {
        Some(last) if last == today || last.tomorrow().ok() == Some(today) => run,
        _ => 0,
    };
    (current, longest)
}

/// A sparkline of values, oldest first (the last `width` of them).
pub fn sparkline(values: &[u64], width: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let values = &values[values.len().saturating_sub(width)..];
    let (Some(&min), Some(&max)) = (values.iter().min(), values.iter().max()) else {
        return String::new();
    };
    values
        .iter()
        .map(|&v| {
            if max == min {
                BARS[3]
            } else {
                BARS[((v - min) * 7 / (max - min)) as usize]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn durations_read_as_a_clock() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(754_999), "12:34");
        assert_eq!(duration(3_723_000), "1:02:03");
    }

    #[test]
    fn streaks_count_consecutive_days_up_to_yesterday() {
        let days: BTreeSet<Date> = [
            date(2026, 1, 1),
            date(2026, 1, 2),
            date(2026, 1, 3),
            date(2026, 1, 5),
            date(2026, 1, 6),
        ]
        .into();
        assert_eq!(streaks(&days, date(2026, 1, 6)), (2, 3));
        assert_eq!(streaks(&days, date(2026, 1, 7)), (2, 3));
        assert_eq!(streaks(&days, date(2026, 1, 8)), (0, 3));
        assert_eq!(streaks(&BTreeSet::new(), date(2026, 1, 8)), (0, 0));
        assert_eq!(streaks(&days, date(2026, 1, 5)), (1, 3), "later days are not counted");
    }

    #[test]
    fn sparklines_scale_between_min_and_max() {
        assert_eq!(sparkline(&[10, 5, 1], 12), "█▄▁");
        assert_eq!(sparkline(&[7, 7], 12), "▄▄");
        assert_eq!(sparkline(&[1, 2, 3], 2), "▁█");
        assert_eq!(sparkline(&[], 12), "");
    }
}
