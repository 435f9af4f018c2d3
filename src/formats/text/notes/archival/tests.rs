//! Tests of the archival scanner.
use super::*;

fn one(s: &str) -> Cited {
    let c: Vec<char> = s.chars().collect();
    let runs = scan(&c);
    assert_eq!(runs.len(), 1, "{s}: {runs:?}");
    runs.into_iter().next().unwrap()
}

fn units(r: &Cited) -> Vec<String> {
    r.units.iter().map(|(l, v)| format!("{}={v}", l.name())).collect()
}

#[test]
fn every_printed_form() {
    let r = one("AVP RF. F. 07. Op. 23a. P. 30. D. 407. L. 97.");
    assert_eq!(units(&r), ["fond=07", "opis=23a", "papka=30", "delo=407"]);
    assert_eq!(r.folios[0].text(), "97");
    let r = one("GARF, f. R-9401, op. 2, d. 64, ll. 9–10.");
    assert_eq!(units(&r), ["fond=R-9401", "opis=2", "delo=64"]);
    assert_eq!(r.folios[0].text(), "9–10");
    let r = one("РГАСПИ. Ф. 17. Оп. 162. Д. 37. Л. 121–122 об.");
    assert_eq!(units(&r), ["fond=17", "opis=162", "delo=37"]);
    assert_eq!(r.folios[0].text(), "121–122 ob.");
    assert!(r.cyrillic);
    // Leaves joined by "и" (and), spaced or glued.
    let leaves = |r: &Cited| r.folios.iter().map(Folio::text).collect::<Vec<_>>();
    assert_eq!(leaves(&one("ГАРФ. Ф. 1. Оп. 1. Д. 4. Л. 5, 7 и 9.")), ["5", "7", "9"]);
    assert_eq!(leaves(&one("ЛГАОРСС. Ф.4965. Оп. 1. Д.4733.Л.1и1об.")), ["1", "1 ob."]);
    let r = one("ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 9–10 об.");
    assert_eq!(units(&r)[0], "fond=R-9401");
    let r = one("Ф. П-35. Оп. 1. Д. 123. Л. 4 об.–5.");
    assert_eq!(units(&r)[0], "fond=P-35");
    assert_eq!(
        r.folios[0],
        Folio { from: "4".into(), to: "5".into(), from_verso: true, verso: false }
    );
    let r = one("ОР РГБ. Ф. 218. Карт. 1290. Ед. хр. 4. Л. 1.");
    assert_eq!(units(&r), ["fond=218", "kartonazh=1290", "edinitsa_khraneniya=4"]);
    let r = one("RGASPI f. 558, op. 11, d. 1120, l. 45ob.");
    assert_eq!(r.folios[0].text(), "45 ob.");
    let r = one("AVP RF. F. 0146. Op. 48a. P. 323. D. 1. LL. 56, 60.");
    assert_eq!(r.folios.len(), 2);
    let r = one("РГВА. Ф. 1п. Оп. 1а. Д. 5. Л. 3–3 об.");
    assert_eq!(units(&r), ["fond=1p", "opis=1a", "delo=5"]);
    assert_eq!(
        r.folios[0],
        Folio { from: "3".into(), to: "3".into(), from_verso: false, verso: true }
    );
    let r = one("RGASPI. F. 17. Op. 163. ch. 2. D. 1550. L. 16.");
    assert_eq!(units(&r)[2], "chast=2");
    let r = one("NARA, RG 331, Box 1434, Folder 5.");
    assert_eq!(units(&r), ["record_group=331", "box=1434", "folder=5"]);
    let r = one("ЦА ФСБ. Ф.3. Оп.5. Д. 85.Л.244–247.");
    assert_eq!(r.folios[0].text(), "244–247");
}

#[test]
fn nara_entries_and_folders() {
    let v = |s: &str| coded_value_at(&s.chars().collect::<Vec<_>>(), 0).map(|x| x.0);
    assert_eq!(v("A1 1397, Box 12").as_deref(), Some("A1 1397"));
    assert_eq!(v("UD 1195, Box").as_deref(), Some("UD 1195"));
    assert_eq!(v("\"Japan – War Criminals\".").as_deref(), Some("Japan – War Criminals"));
    assert_eq!(v("145, Box"), None);
    let r = one("NARA, RG 331, Entry UD 1195, Box 2094, Folder 7.");
    assert_eq!(units(&r), ["record_group=331", "entry=UD 1195", "box=2094", "folder=7"]);
    let r = one("NARA, RG 59, Entry A1 1397, Box 12, Folder \"Japan – War Criminals\".");
    assert_eq!(
        units(&r),
        ["record_group=59", "entry=A1 1397", "box=12", "folder=Japan – War Criminals"]
    );
}

#[test]
fn letters_after_unit_numbers() {
    let v = |s: &str| value_at(&s.chars().collect::<Vec<_>>(), 0).map(|x| x.0);
    assert_eq!(v("4ос. Оп. 1").as_deref(), Some("4ос"));
    assert_eq!(v("4os, op. 1").as_deref(), Some("4os"));
    assert_eq!(v("1а. Д. 5").as_deref(), Some("1а"));
    assert_eq!(v("19-а. Л. 5").as_deref(), Some("19-а"));
    assert_eq!(v("45ob.").as_deref(), Some("45"));
    assert_eq!(v("12 ob.").as_deref(), Some("12"));
    assert_eq!(v("3 Box").as_deref(), Some("3"));
}

#[test]
fn glosses_between_units() {
    let r = one("RGIA, fond (f.) 1286 (Departament politsii), opis' (op.) 1, 1806 god (g.), delo (d.) 122, list (l.) 5ob.");
    assert_eq!(units(&r), ["fond=1286", "opis=1", "delo=122"]);
    assert_eq!(r.folios[0].text(), "5 ob.");
    let r =
        one("RGIA, fond 776 (Otdelenie kantseliarii), op. 8, d. 2015 (Ob izdanii zhurnala), l. 9.");
    assert_eq!(units(&r), ["fond=776", "opis=8", "delo=2015"]);
    assert_eq!(r.folios[0].text(), "9");
}

#[test]
fn defects_are_noticed() {
    let codes = |s: &str| one(s).issues.iter().map(|i| i.code).collect::<Vec<_>>();
    assert_eq!(codes("AVP RF. F. 07. Op. 23а. P. 30. D. 407. L. 93."), ["homoglyph"]);
    assert_eq!(codes("APRF. F. 3. Op. 66.D. 1065. L. 71–89."), ["missing-space"]);
    assert_eq!(codes("AVP RF. F. 07. Op. 23a. D. D. 407. L. 110."), ["repeated-label"]);
    assert_eq!(codes("AVP RF. F. 0146. P. 282. Op. 30. D. 28. L. 154."), ["unit-order"]);
    assert_eq!(codes("РГАСПИ. Ф. 17. Оп. 3. Д. 5. Л. 7–4."), ["descending-range"]);
    let r = one("ЦДАВО України, ф. 1, оп. 2, спр. 345, арк. 6 зв.");
    assert_eq!(units(&r), ["fond=1", "opis=2", "delo=345"]);
    assert_eq!(r.folios[0].text(), "6 ob.");
    assert!(codes("APRF. F. 3. Op. 66. D. 1065. L.53.").is_empty());
    assert_eq!(one("AVP RF. F. 07. Op. 23а. P. 30.").units[1].1, "23a");
}

#[test]
fn tna_pieces() {
    let (_, _, u) = tna_at("TNA, FO 371/84036.").unwrap();
    assert_eq!(u[0].1, "FO 371");
    assert_eq!(u[1].1, "84036");
}

#[test]
fn two_citations_split_at_semicolons() {
    let c: Vec<char> =
        "AVP RF. F. 0146. Op. 48. P. 317. D. 7. L. 47; RGASPI. F. 17. Op. 3. D. 1080. L. 12."
            .chars()
            .collect();
    assert_eq!(scan(&c).len(), 2);
}

#[test]
fn gost_area_dashes_between_units() {
    // GOST 7.1's ` – ` between areas, as Russian and Ukrainian journals print it.
    let r = one("ЦДАВО України. – Ф. 1. – Оп. 2. – Спр. 3. – Арк. 4–5.");
    assert_eq!(units(&r), ["fond=1", "opis=2", "delo=3"]);
    assert_eq!(r.folios[0].text(), "4–5");
    let r = one("ГАРФ. - Ф. Р-9401. - Оп. 2. - Д. 64. - Л. 5 об.");
    assert_eq!(units(&r), ["fond=R-9401", "opis=2", "delo=64"]);
    assert_eq!(r.folios[0].text(), "5 ob.");
    // A dash in prose after a run still ends it.
    let c: Vec<char> = "Ф. 1. Оп. 2. Д. 3. – так писал он, Оп. 4.".chars().collect();
    assert_eq!(units(&scan(&c)[0]), ["fond=1", "opis=2", "delo=3"]);
}

#[test]
fn labels_read_only_inside_a_run() {
    let r = one("РГАНИ. Ф. 89. Перечень 18. Док. 3. Л. 1.");
    assert_eq!(units(&r), ["fond=89", "opis=18", "delo=3"]);
    let r = one("RGANI, f. 89, per. 18, dok. 3, l. 1.");
    assert_eq!(units(&r), ["fond=89", "opis=18", "delo=3"]);
    let r = one("ERA, f. 1, n. 2, s. 3, l. 4.");
    assert_eq!(units(&r), ["fond=1", "opis=2", "delo=3"]);
    let r = one("LCVA, f. 383, ap. 7, b. 2125, l. 14.");
    assert_eq!(units(&r), ["fond=383", "opis=7", "delo=2125"]);
    // A page of a file.
    let r = one("ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. С. 5.");
    assert_eq!(units(&r), ["fond=R-9401", "opis=2", "delo=64"]);
    assert!(r.pages);
    assert_eq!(r.folios[0].text(), "5");
    // Alone, or after a volume of a book, they are no units.
    let c: Vec<char> = "Документы. Т. 2. Док. 5. С. 34.".chars().collect();
    assert!(scan(&c).iter().all(|r| r.units.iter().all(|(l, _)| *l == Level::Tom)));
}
