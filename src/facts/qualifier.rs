//! Approximation words around a quantity (约, 近, 超过, 余, 多, 左右, 以上 …) and their classes.

use super::Approx;

/// Words written before a number, longest first so 不超过 wins over 超过.
const PREFIXES: &[(&str, Approx)] = &[
    ("不少于", Approx::AtLeast),
    ("不超过", Approx::AtMost),
    ("不低于", Approx::AtLeast),
    ("不高于", Approx::AtMost),
    ("超过", Approx::MoreThan),
    ("大约", Approx::About),
    ("将近", Approx::About),
    ("接近", Approx::About),
    ("不足", Approx::LessThan),
    ("不到", Approx::LessThan),
    ("约", Approx::About),
    ("近", Approx::About),
    ("逾", Approx::MoreThan),
    // 增加值超5000亿元, 均超97%: the 2026 reports' short form of 超过.
    ("超", Approx::MoreThan),
];

/// Words written after the unit.
const SUFFIXES: &[(&str, Approx)] = &[
    ("左右", Approx::About),
    ("以上", Approx::MoreThan),
    ("以下", Approx::LessThan),
    ("以内", Approx::LessThan),
];

/// Whether `word` ends exactly at char `end` of `chars` (no allocation: asked per candidate).
fn ends_with_at(chars: &[char], end: usize, word: &str) -> bool {
    let mut k = end;
    for c in word.chars().rev() {
        if k == 0 || chars[k - 1] != c {
            return false;
        }
        k -= 1;
    }
    true
}

/// The approximation prefix that ends exactly at `start`: its first char and class.
/// A prefix glued to a preceding word (最近, 附近) is left alone: 近 there is part of the word.
pub fn prefix_before(chars: &[char], start: usize) -> Option<(usize, Approx)> {
    for (w, a) in PREFIXES {
        if ends_with_at(chars, start, w) {
            let s = start - w.chars().count();
            if *w == "近"
                && s > 0
                && matches!(chars[s - 1], '最' | '接' | '附' | '就' | '将' | '临')
            {
                return None;
            }
            // 赶超: 超 belongs to the verb (catch up with), not to the number
            if *w == "超" && s > 0 && matches!(chars[s - 1], '赶' | '高') {
                return None;
            }
            // 节约, 制约, 签约: 约 belongs to the verb
            if *w == "约"
                && s > 0
                && matches!(
                    chars[s - 1],
                    '节' | '制'
                        | '签'
                        | '预'
                        | '公'
                        | '条'
                        | '契'
                        | '邀'
                        | '特'
                        | '合'
                        | '简'
                        | '履'
                        | '违'
                )
            {
                return None;
            }
            return Some((s, *a));
        }
    }
    None
}

/// The approximation suffix that starts exactly at `end`: its end and class.
pub fn suffix_after(chars: &[char], end: usize) -> Option<(usize, Approx)> {
    for (w, a) in SUFFIXES {
        if super::starts_with_at(chars, end, w) {
            return Some((end + w.chars().count(), *a));
        }
    }
    None
}

/// 余/多 written between the number and its unit (1000余名, 8.9万余亩, 4万多人).
pub fn is_infix(c: char) -> bool {
    matches!(c, '余' | '多')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn prefixes() {
        // 发动“双报到”党员参与社区防疫1000余名 / 近3000人 / 不超过5%
        let c = chars("累计近3000人");
        assert_eq!(prefix_before(&c, 3), Some((2, Approx::About)));
        let c = chars("不超过5%");
        assert_eq!(prefix_before(&c, 3), Some((0, Approx::AtMost)));
        let c = chars("超过5%");
        assert_eq!(prefix_before(&c, 2), Some((0, Approx::MoreThan)));
        let c = chars("不少于3次");
        assert_eq!(prefix_before(&c, 3), Some((0, Approx::AtLeast)));
        let c = chars("均超97%");
        assert_eq!(prefix_before(&c, 2), Some((1, Approx::MoreThan)));
        let c = chars("赶超3家");
        assert_eq!(prefix_before(&c, 2), None);
        let c = chars("逾百亿");
        assert_eq!(prefix_before(&c, 1), Some((0, Approx::MoreThan)));
        // 最近: 近 belongs to the word
        let c = chars("为国家节约二千八百亿元");
        assert_eq!(prefix_before(&c, 5), None);
        let c = chars("总量接近800万户");
        assert_eq!(prefix_before(&c, 4), Some((2, Approx::About)));
        let c = chars("最近3天");
        assert_eq!(prefix_before(&c, 2), None);
        let c = chars("达到3000");
        assert_eq!(prefix_before(&c, 2), None);
    }

    #[test]
    fn suffixes() {
        let c = chars("100万元左右，");
        assert_eq!(suffix_after(&c, 5), Some((7, Approx::About)));
        let c = chars("5000万元以上项目");
        assert_eq!(suffix_after(&c, 6), Some((8, Approx::MoreThan)));
        let c = chars("3岁以下");
        assert_eq!(suffix_after(&c, 2), Some((4, Approx::LessThan)));
        let c = chars("30日以内");
        assert_eq!(suffix_after(&c, 3), Some((5, Approx::LessThan)));
        assert_eq!(suffix_after(&c, 2), None);
        assert!(is_infix('余') && is_infix('多') && !is_infix('个'));
    }
}
