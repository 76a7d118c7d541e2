//! Dates as each locale writes them, from the Unicode CLDR data that ICU4X compiles in: the
//! site's words need no `date` message for any language, though a project's `site.ftl` may
//! still give one.

use icu_datetime::fieldsets::YMD;
use icu_datetime::input::Date;
use icu_datetime::DateTimeFormatter;
use icu_locale_core::Locale;

/// `year`-`month`-`day` written out in `locale` (`January 1, 2016`, `2016년 1월 1일`), or
/// `None` for a date that does not exist or a tag ICU4X cannot read.
pub fn long(locale: &str, year: u16, month: u8, day: u8) -> Option<String> {
    let locale: Locale = locale.parse().ok()?;
    let formatter = DateTimeFormatter::try_new(locale.into(), YMD::long()).ok()?;
    let date = Date::try_new_iso(i32::from(year), month, day).ok()?;
    Some(formatter.format(&date).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_writes_dates_its_own_way() {
        assert_eq!(long("en", 2016, 1, 1).unwrap(), "January 1, 2016");
        assert_eq!(long("ko", 2016, 1, 1).unwrap(), "2016년 1월 1일");
        assert_eq!(long("zh-CN", 2016, 1, 1).unwrap(), "2016年1月1日");
        assert_eq!(long("de", 2016, 3, 5).unwrap(), "5. März 2016");
        assert_eq!(long("ja", 2016, 3, 5).unwrap(), "2016年3月5日");
        assert_eq!(long("pt-BR", 2016, 3, 5).unwrap(), "5 de março de 2016");
        assert!(long("en", 2016, 2, 30).is_none());
    }
}
