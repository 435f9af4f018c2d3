//! The repairs of `bridge`, each on the labelled parts the model gave a real
//! reference.

use super::*;

fn labelled(parts: &[(&str, &str)]) -> Labelled {
    let mut text = String::new();
    let mut spans = Vec::new();
    for (l, t) in parts {
        if !text.is_empty() {
            text.push(' ');
        }
        let a = text.len();
        text.push_str(t);
        spans.push((id(l).unwrap(), a, text.len()));
    }
    Labelled { text, spans }
}

/// The reference with its spans repaired.
fn bridged(l: &Labelled) -> Labelled {
    Labelled { text: l.text.clone(), spans: bridge(l) }
}

fn shown(l: &Labelled) -> Vec<(&'static str, &str)> {
    l.parts().collect()
}

#[test]
fn hosts_take_their_slashes_lead_ins_and_whole_names() {
    // `//` at a part's end opens the next part; a host cut at a bare space is one.
    let l = labelled(&[
        ("title", "Телеграмма, 23 февраля 1952 г. [Электронный ресурс] //"),
        ("container-title", "Wilson Center Digital Archive."),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[0].1, "Телеграмма, 23 февраля 1952 г. [Электронный ресурс]");
    assert_eq!(shown(&b)[1].1, "// Wilson Center Digital Archive.");
    let l = labelled(&[
        ("title", "Советская медицина"),
        ("publisher", "– Текст : непосредственный"),
        ("journal", "// Проблемы социальной"),
        ("collection-title", "гигиены и истории медицины. –"),
        ("date", "2019."),
    ]);
    let b = bridged(&l);
    // The medium taken for a publisher is read by `runon` (content_designation).
    assert_eq!(shown(&b)[1], ("publisher", "– Текст : непосредственный"));
    assert_eq!(shown(&b)[2], ("journal", "// Проблемы социальной гигиены и истории медицины. –"));
    // A second title after `In:` is the book; a role phrase opens a host.
    let l = labelled(&[
        ("title", "Strel'ba kholostymi."),
        ("editor", "In: Chubar'yan A.O. (ed.)"),
        ("title", "Stalin i kholodnaya voina."),
        ("location", "Moscow:"),
    ]);
    assert_eq!(shown(&bridged(&l))[2].0, "container-title");
    let l = labelled(&[
        ("title", "“Unit 731.”"),
        ("journal", "Translated by John Junkerman. Asia-Pacific Journal: Japan Focus"),
        ("volume", "3, no. 11"),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[1], ("translator", "Translated by John Junkerman."));
    assert_eq!(shown(&b)[2], ("journal", "Asia-Pacific Journal: Japan Focus"));
    // A series after a host that ends a field stays the series.
    let l = labelled(&[("journal", "// Вестник МГУ."), ("collection-title", "Сер. 8, История. –")]);
    assert_eq!(shown(&bridged(&l))[1].0, "collection-title");
}

#[test]
fn cuts_inside_one_field_are_joined() {
    let l = labelled(&[
        ("title", "Федеральный закон от 27.07.2006"),
        ("date", "№"),
        ("title", "149-ФЗ «Об информации» //"),
        ("journal", "Собрание законодательства РФ. –"),
        ("date", "2006."),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[0], ("title", "Федеральный закон от 27.07.2006 № 149-ФЗ «Об информации»"));
    assert_eq!(shown(&b)[1], ("journal", "// Собрание законодательства РФ. –"));
    assert_eq!(shown(&b)[2], ("date", "2006."));
    let l = labelled(&[
        ("title", "Анализ данных //"),
        ("container-title", "Материалы междунар. науч.-практ. конф."),
        ("collection-title", "«Информационные технологии»"),
        ("accessed", "(Москва, 12–14 мая 2010 г.). –"),
        ("location", "М.,"),
    ]);
    let b = bridged(&l);
    assert_eq!(
        shown(&b)[1],
        (
            "container-title",
            "// Материалы междунар. науч.-практ. конф. «Информационные технологии» \
             (Москва, 12–14 мая 2010 г.). –"
        )
    );
    // A series after the area's dash stays one, and a real access date stays.
    let l = labelled(&[
        ("container-title", "// Сборник трудов. –"),
        ("collection-title", "«Серия»"),
        ("url", "URL: http://x.ru"),
        ("accessed", "(дата обращения: 01.02.2020)."),
    ]);
    assert_eq!(bridged(&l), l);
    let l = labelled(&[("title", "Развитие основ /"), ("container-title", "Монография. –")]);
    assert_eq!(shown(&bridged(&l))[1], ("genre", "Монография. –"));
    let l = labelled(&[
        ("medium", "[Электронный ресурс]. –"),
        ("container-title", "Электронные данные. –"),
    ]);
    assert_eq!(shown(&bridged(&l))[1], ("note", "Электронные данные. –"));
    let l =
        labelled(&[("author", "Хейдт М. Изучаем Pandas / М. Хейдт; —"), ("location", "Москва:")]);
    assert_eq!(
        shown(&bridged(&l)),
        [
            ("author", "Хейдт М."),
            ("title", " Изучаем Pandas /"),
            ("author", " М. Хейдт; —"),
            ("location", "Москва:")
        ]
    );
    let l = labelled(&[("author", "Апрелев В. Время."), ("title", "Стрелки часов /")]);
    assert_eq!(shown(&bridged(&l))[1], ("title", " Время. Стрелки часов /"));
    let l = labelled(&[
        ("author", "Lappo-Danilevskii K. Iu. O nasledii / K. Iu. Lappo"),
        ("date", "1994."),
    ]);
    assert_eq!(shown(&bridged(&l))[1], ("title", " O nasledii /"));
    let l = labelled(&[("author", "Stephen H. Kellert, In the Wake"), ("date", "1993.")]);
    assert_eq!(bridged(&l), l);
    let l = labelled(&[("author", "Иванов И. И. и Петров П. П."), ("title", "История.")]);
    assert_eq!(bridged(&l), l);
    let l = labelled(&[("title", "Закон от 21.07.1997"), ("pages", "№116-ФЗ.")]);
    assert_eq!(shown(&bridged(&l)), [("title", "Закон от 21.07.1997 №116-ФЗ.")]);
    let text = "Закон от 21.07.1997.".to_string();
    let (t, d) = (id("title").unwrap(), id("date").unwrap());
    let l = Labelled { text, spans: vec![(t, 0, 18), (d, 18, 27)] };
    assert_eq!(shown(&bridged(&l)), [("title", "Закон от 21.07.1997.")]);
    let text = "Obninsk, SSC RF-IPPE Publ.".to_string();
    let (loc, publ) = (id("location").unwrap(), id("publisher").unwrap());
    let l = Labelled { text, spans: vec![(loc, 0, 16), (publ, 16, 26)] };
    assert_eq!(shown(&bridged(&l)), [("location", "Obninsk,"), ("publisher", "SSC RF-IPPE Publ.")]);
    let l = labelled(&[
        ("medium", "[Электронный ресурс]. –"),
        ("location", "Режим доступа:"),
        ("url", "http://x.by"),
    ]);
    assert_eq!(shown(&bridged(&l))[1], ("url", "Режим доступа: http://x.by"));
    // A lead-in at the end of the part before, or cut inside, goes to the link;
    // a part that only ends in Cyrillic letters is left whole.
    let l = labelled(&[("title", "GitHub.com, доступ:"), ("url", "https://github.com/")]);
    assert_eq!(
        shown(&bridged(&l)),
        [("title", "GitHub.com"), ("url", "доступ: https://github.com/")]
    );
    let l = labelled(&[
        ("title", "Система Znanium.com - Режим"),
        ("url", "доступа: http://znanium.com"),
    ]);
    assert_eq!(shown(&bridged(&l))[0], ("title", "Система Znanium.com"));
    let l = labelled(&[("medium", "[Электронный ресурс] -"), ("url", "http://x.ru")]);
    assert_eq!(shown(&bridged(&l))[0], ("medium", "[Электронный ресурс] -"));
    let text = "Закон от 27.07.2006 № 149-ФЗ".to_string();
    let (t, d) = (id("title").unwrap(), id("date").unwrap());
    let l = Labelled { text, spans: vec![(t, 0, 21), (d, 21, 30), (t, 31, 39)] };
    assert_eq!(&l.text[21..30], ".2006 №");
    assert_eq!(shown(&bridged(&l)), [("title", "Закон от 27.07.2006 № 149-ФЗ")]);
    let l = labelled(&[
        ("pages", "216 с. —"),
        ("publisher", "(«Теоретическая физика»,"),
        ("volume", "том I)."),
    ]);
    assert_eq!(shown(&bridged(&l))[1], ("collection-title", "(«Теоретическая физика»,"));
    assert_eq!(shown(&bridged(&l))[2], ("volume", "том I)."));
    let l = labelled(&[
        ("pages", "216 с. –"),
        ("publisher", "(Итоги науки"),
        ("note", "техники. Сер. Общая механика)."),
    ]);
    assert_eq!(
        shown(&bridged(&l))[1],
        ("collection-title", "(Итоги науки техники. Сер. Общая механика).")
    );
    let text = "URL: https://www.mos.ru/x".to_string();
    let (u, m) = (id("url").unwrap(), id("medium").unwrap());
    let l = Labelled { text, spans: vec![(u, 0, 16), (m, 16, 25)] };
    assert_eq!(shown(&bridged(&l)), [("url", "URL: https://www.mos.ru/x")]);
    let l = labelled(&[
        ("title", "Управление системами /"),
        ("author", "И. М. Ананьевский // Докл. РАН.—"),
        ("date", "2001.—"),
        ("volume", "Т. 337, № 4.—"),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[1], ("author", "И. М. Ананьевский "));
    assert_eq!(shown(&b)[2], ("journal", "// Докл. РАН.—"));
    let l = labelled(&[
        ("title", "Ispol'zovanie [Analytical design]."),
        ("location", "Sbornik:"),
        ("publisher", "Nauchnaya sessiya MIFI."),
        ("date", "2005,"),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[1], ("container-title", "Sbornik: Nauchnaya sessiya MIFI."));
    assert_eq!(shown(&b)[2], ("date", "2005,"));
    // Two titles around a dated part stay apart.
    let l = labelled(&[("title", "Один"), ("date", "1999."), ("title", "Другой")]);
    assert_eq!(bridged(&l), l);
}

#[test]
fn a_statement_glued_to_its_slash_leaves_the_title() {
    let l = labelled(&[
        ("author", "Буданова Т.А."),
        ("title", "Понятие времени в философии, языке и культуре /Т. А. Буданова"),
        ("container-title", "//Язык и культура. –"),
    ]);
    assert_eq!(
        shown(&bridged(&l)),
        [
            ("author", "Буданова Т.А."),
            ("title", "Понятие времени в философии, языке и культуре"),
            ("author", "/Т. А. Буданова"),
            ("container-title", "//Язык и культура. –"),
        ]
    );
    // A slash between words of a title stays (`блокчейн / искусственный интеллект`).
    let l = labelled(&[("title", "Новые технологии (блокчейн /искусственный интеллект)")]);
    assert_eq!(shown(&bridged(&l)), shown(&l));
}

#[test]
fn a_publisher_keeps_its_hyphenated_end() {
    let text = "М.: Омега-Л, 2007.".to_string();
    let at = |s: &str| text.find(s).unwrap();
    let spans = vec![
        (id("location").unwrap(), 0, at(" Омега")),
        (id("publisher").unwrap(), at("Омега"), at("-Л")),
        (id("location").unwrap(), at("-Л"), at(" 2007")),
        (id("date").unwrap(), at("2007"), text.len()),
    ];
    let l = Labelled { text, spans };
    assert_eq!(
        shown(&bridged(&l)),
        [("location", "М.:"), ("publisher", "Омега-Л,"), ("date", "2007.")]
    );
}

#[test]
fn a_role_word_taken_for_a_host_opens_its_names() {
    let l = labelled(&[
        ("title", "Русско-китайские отношения в XX веке."),
        ("container-title", "/ сост."),
        ("translator", "А.М. Ледовский, Р.А. Мировицкая."),
        ("location", "М.:"),
    ]);
    assert_eq!(
        shown(&bridged(&l)),
        [
            ("title", "Русско-китайские отношения в XX веке."),
            ("compiler", "/ сост. А.М. Ледовский, Р.А. Мировицкая."),
            ("location", "М.:"),
        ]
    );
}

#[test]
fn a_lead_in_opens_the_book_and_a_newspaper_is_named_alone() {
    let l = labelled(&[
        ("author", "Гиппиус В. В."),
        ("title", "Творческий путь Гоголя. В его кн.: От Пушкина до Блока."),
        ("location", "М.,"),
    ]);
    assert_eq!(
        shown(&bridged(&l))[1..3],
        [
            ("title", "Творческий путь Гоголя."),
            ("container-title", "В его кн.: От Пушкина до Блока.")
        ]
    );
    // `In` without its colon opens a title (`In Search of …`), not a book.
    let l = labelled(&[("title", "Essays. In Search of Time."), ("date", "1990.")]);
    assert_eq!(bridged(&l), l);
    let l = labelled(&[("author", "Правда."), ("date", "1950."), ("note", "3 февраля.")]);
    assert_eq!(shown(&bridged(&l)), [("journal", "Правда."), ("date", "1950. 3 февраля.")]);
    let l = labelled(&[("title", "Красноярский рабочий."), ("volume", "№ 219"), ("date", "1923.")]);
    assert_eq!(shown(&bridged(&l))[0], ("journal", "Красноярский рабочий."));
    let l = labelled(&[("title", "Летопись революции."), ("date", "1927."), ("volume", "№5–6.")]);
    assert_eq!(shown(&bridged(&l))[0], ("journal", "Летопись революции."));
    // A book with no author and no imprint keeps its title; so does a person.
    let l = labelled(&[("title", "Сборник документов."), ("date", "1927."), ("pages", "С. 5.")]);
    assert_eq!(bridged(&l), l);
    let l =
        labelled(&[("title", "“Aeronautical Information Manual,”"), ("date", "February 2012.")]);
    assert_eq!(bridged(&l), l);
    let l = labelled(&[("author", "Иванов И. И."), ("date", "1950."), ("volume", "№ 3.")]);
    assert_eq!(bridged(&l), l);
}

#[test]
fn a_place_takes_its_first_words_after_the_area_dash() {
    let l = labelled(&[("author", "сост. К. Н. Тарасова. – Белая"), ("location", "Холуница :")]);
    assert_eq!(shown(&bridged(&l))[1], ("location", "Белая Холуница :"));
    let l = labelled(&[("publisher", "изд. «Русский язык», г."), ("location", "Москва,")]);
    assert_eq!(shown(&bridged(&l))[1], ("location", "г. Москва,"));
    // No dash, no move: `ed. Robin Gable` | `London:`.
    let l = labelled(&[("editor", "ed. Robin Gable"), ("location", "London:")]);
    assert_eq!(bridged(&l), l);
}

#[test]
fn hosts_out_of_titles_names_series_and_publishers() {
    // A lead-in after an ellipsis opens the host.
    let l = labelled(&[
        ("author", "Kozhinov V."),
        ("title", "Tak eto bylo… In: Don."),
        ("date", "1988,"),
        ("volume", "No. 10,"),
        ("pages", "pp. 156‒159."),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[1], ("title", "Tak eto bylo…"));
    assert_eq!(shown(&b)[2], ("container-title", "In: Don."));
    // A host taken for its editors, with no initial before the role phrase.
    let l = labelled(&[
        ("title", "Mikhail Bakhtin and the History of Literature."),
        ("editor", "In: Understanding Bakhtin, Understanding Modernism, ed. P. Birgy,"),
        ("location", "New York:"),
    ]);
    let b = bridged(&l);
    assert_eq!(
        shown(&b)[1],
        ("container-title", "In: Understanding Bakhtin, Understanding Modernism,")
    );
    assert_eq!(shown(&b)[2], ("editor", "ed. P. Birgy,"));
    let l =
        labelled(&[("title", "Strel'ba."), ("editor", "In: A. O. Chubar'yan, ed. by B. Smith")]);
    assert_eq!(shown(&bridged(&l))[1].0, "editor");
    // After `//`, a host and not a series.
    let l = labelled(&[
        ("title", "Fuzzy Model of Traffic Management //"),
        ("collection-title", "Lecture Notes in Computer Science."),
        ("date", "2016."),
        ("volume", "Vol. 9870. pp."),
        ("pages", "561–570."),
    ]);
    assert_eq!(shown(&bridged(&l))[1], ("journal", "// Lecture Notes in Computer Science."));
    // A publisher with an issue and a range of pages, and no place, is a journal.
    let parts = [
        ("title", "O chem govoryat narodnye skazki."),
        ("publisher", "Literatura v shkole,"),
        ("date", "1970,"),
        ("volume", "no. 3,"),
        ("pages", "pp. 4‒13."),
    ];
    assert_eq!(shown(&bridged(&labelled(&parts)))[1].0, "journal");
    let mut book = parts.to_vec();
    book.insert(1, ("location", "Moscow,"));
    assert_eq!(shown(&bridged(&labelled(&book)))[2].0, "publisher");
    // An old book's format is a note, not a host.
    let l = labelled(&[
        ("title", "Etude sur François Villon,"),
        ("journal", "in-8º,"),
        ("pages", "p. 70."),
    ]);
    assert_eq!(shown(&bridged(&l))[1].0, "note");
}

#[test]
fn journals_out_of_titles() {
    // A title run on into its journal, a volume after and no host or imprint.
    let l = labelled(&[
        ("author", "А. С. Мещеряков."),
        (
            "title",
            "О некоторых свойствах разложения непрерывных дробей сверху. Учёные записки Шахтинского гос. пединститута,",
        ),
        ("volume", "т. 1."),
    ]);
    let b = bridged(&l);
    assert_eq!(
        shown(&b)[1],
        ("title", "О некоторых свойствах разложения непрерывных дробей сверху.")
    );
    assert_eq!(shown(&b)[2], ("journal", "Учёные записки Шахтинского гос. пединститута,"));
    // Not without a volume or pages; not at an abbreviation.
    let l = labelled(&[("title", "Title of a book. Second Sentence Here,"), ("date", "1990.")]);
    assert_eq!(shown(&bridged(&l)).len(), 2);
    // A journal's name cut inside goes back to the title's last sentence.
    let l = labelled(&[
        ("title", "Применение препарата «Бетадин» в лечении ран. Русский"),
        ("journal", "медицинский журнал. Хирургия."),
        ("date", "2010."),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[0], ("title", "Применение препарата «Бетадин» в лечении ран."));
    assert_eq!(shown(&b)[1], ("journal", "Русский медицинский журнал. Хирургия."));
    // A serial's opening word marks its start, its own sentences kept.
    let l = labelled(&[
        ("title", "Повесть «Старосветские помещики»: художественный текст как факт литературного процесса. Вестник Санкт-Петербургского университета. Язык и литература."),
        ("date", "2018,"),
        ("pages", "582-589."),
    ]);
    let b = bridged(&l);
    assert_eq!(
        shown(&b)[1],
        ("journal", "Вестник Санкт-Петербургского университета. Язык и литература.")
    );
    // A host labelled after the title starts at that word too.
    let l = labelled(&[
        ("title", "«Распределение температуры в трубном пучке при поперечном обтекании». Вісник Національного технічного університету «ХПІ»."),
        ("container-title", "Серія: Динамiка та мiцнiсть машин,"),
        ("volume", "т. 1,"),
    ]);
    let b = bridged(&l);
    assert_eq!(
        shown(&b)[0].1,
        "«Распределение температуры в трубном пучке при поперечном обтекании»."
    );
    assert_eq!(
        shown(&b)[1].1,
        "Вісник Національного технічного університету «ХПІ». Серія: Динамiка та мiцнiсть машин,"
    );
}

#[test]
fn a_host_after_in_comes_out_of_the_title() {
    // `, in` / `, dans` and a capital, or a quoted title and `in` / Swedish `i`.
    let cases = [
        (
            "Un historien devant la littérature, in Sismondi Européen, Actes du Colloque,",
            "Un historien devant la littérature,",
            "Sismondi Européen, Actes du Colloque,",
        ),
        (
            "Conjectures sur l'auteur, dans les Mémoires de la Société,",
            "Conjectures sur l'auteur,",
            "les Mémoires de la Société,",
        ),
        (
            "“The Impact of Modern Thought,” in Interpreting God’s Word",
            "“The Impact of Modern Thought,”",
            "Interpreting God’s Word",
        ),
        (
            "\"A Moveable Gallery\", i The Gallery of Charles XI",
            "\"A Moveable Gallery\",",
            "The Gallery of Charles XI",
        ),
    ];
    for (title, head, host) in cases {
        let l = labelled(&[("author", "S. Balayé,"), ("title", title), ("location", "Genève,")]);
        let b = bridged(&l);
        assert_eq!(shown(&b)[1], ("title", head), "{title}");
        assert_eq!(shown(&b)[2], ("container-title", host), "{title}");
    }
    // Not: a quoted word inside a title, a soft sign, `in` and no capital, a
    // host labelled further on.
    for title in [
        "Johnson Controls honored “Top Employer” in China.",
        "Kategoriya sobornosti [The Category of Sobornost’ in Russian Literature].",
        "Essays written, in memory of a friend.",
    ] {
        let l = labelled(&[("author", "S. Balayé,"), ("title", title), ("location", "Genève,")]);
        assert_eq!(shown(&bridged(&l))[1], ("title", title));
    }
    let l = labelled(&[
        ("title", "Un historien, in Sismondi Européen,"),
        ("date", "1976,"),
        ("journal", "Revue,"),
    ]);
    assert_eq!(shown(&bridged(&l))[0], ("title", "Un historien, in Sismondi Européen,"));
}

#[test]
fn editors_and_names_after_in_and_slashes() {
    // The editors follow the title: what comes after `in:` opens them.
    let l = labelled(&[
        ("author", "Baumeister, Martin:"),
        ("title", "Eine römische Parabel, in: Burckhardt, Daniel/Meyer, Thomas/"),
        ("editor", "Prinz, Claudia (Hrsg.):"),
        ("container-title", "Festschrift für Rüdiger Hohls,"),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[1], ("title", "Eine römische Parabel,"));
    assert_eq!(
        shown(&b)[2],
        ("editor", "Burckhardt, Daniel/Meyer, Thomas/ Prinz, Claudia (Hrsg.):")
    );
    // Editors that open with their role: the words after `dans` are the host.
    let l = labelled(&[
        ("title", "Obituaires de Saint-Denis, dans Obituaires de la province de Sens,"),
        ("editor", "éd. A. Molinier"),
        ("date", "1902,"),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[0], ("title", "Obituaires de Saint-Denis,"));
    assert_eq!(shown(&b)[1], ("container-title", "Obituaires de la province de Sens,"));
    assert_eq!(shown(&b)[2], ("editor", "éd. A. Molinier"));
    // Names parted by slashes that the model cut inside take the rest up to the colon.
    let l = labelled(&[
        ("author", "Knüpfer, Christian/Beck,"),
        ("title", "Clemens/Engelhardt, Jan: Werkzeuge und Ressourcen."),
        ("date", "2019."),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[0], ("author", "Knüpfer, Christian/Beck, Clemens/Engelhardt, Jan:"));
    assert_eq!(shown(&b)[1], ("title", "Werkzeuge und Ressourcen."));
}

#[test]
fn a_title_after_names_in_capitals() {
    let l = labelled(&[
        ("author", "CLARK, K; HOLQUIST, M. Mikhail Bakhtin."),
        ("location", "São Paulo:"),
    ]);
    let b = bridged(&l);
    assert_eq!(shown(&b)[0], ("author", "CLARK, K; HOLQUIST, M."));
    assert_eq!(shown(&b)[1], ("title", "Mikhail Bakhtin."));
    // Initials run together are no names in capitals; a labelled title stays.
    for parts in [
        vec![("author", "W.J.M.A. Asselbergs, Het Wilhelmus"), ("date", "(1948);")],
        vec![("author", "LUCIANO. Obras I."), ("title", "Diálogos."), ("date", "1981.")],
    ] {
        let l = labelled(&parts);
        assert_eq!(shown(&bridged(&l))[0], parts[0]);
    }
}

#[test]
fn a_journal_after_names_is_a_books_title() {
    let l = labelled(&[
        ("author", "F. van Duyse,"),
        ("journal", "Het Oude Nederlandsche Lied"),
        ("date", "(1905);"),
    ]);
    assert_eq!(shown(&bridged(&l))[1], ("title", "Het Oude Nederlandsche Lied"));
    // Not a journal's abbreviated or own name, nor one word, nor one with no names.
    for journal in ["Izv. Vyssh. Uchebn. Zaved.", "Journal of Parapsychology,", "Nature"] {
        let l = labelled(&[("author", "A. Einstein,"), ("journal", journal), ("volume", "47,")]);
        assert_eq!(shown(&bridged(&l))[1], ("journal", journal));
    }
    let l = labelled(&[("journal", "Het Oude Nederlandsche Lied"), ("date", "(1905);")]);
    assert_eq!(shown(&bridged(&l))[0].0, "journal");
}
