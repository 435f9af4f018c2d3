//! Tests of the western traditions' reader (`clauses`).
use super::super::archival::Folio;
use super::*;

pub(super) fn read(s: &str) -> Vec<(Option<String>, Vec<String>, Vec<String>)> {
    let c: Vec<char> = s.chars().collect();
    clauses(&c, &s.to_lowercase(), &Registry::builtin())
        .into_iter()
        .map(|cl| {
            (
                cl.archive.map(|a| a.key()),
                cl.cited.units.iter().map(|(l, v)| format!("{}={v}", l.name())).collect(),
                cl.cited.folios.iter().map(Folio::text).collect(),
            )
        })
        .collect()
}

#[test]
fn american_repositories_and_labels() {
    let r = read("(NA file RG.332, box 116).");
    assert_eq!(r[0].1, ["record_group=332", "box=116"]);
    let r = read("NARA, RG 59, Entry A1 205, Box 7, Folder 3.");
    assert_eq!(r[0].0.as_deref(), Some("NARA"));
    assert_eq!(r[0].1, ["record_group=59", "entry=A1 205", "box=7", "folder=3"]);
    let r = read("Memo, May 2, 1947 (National Archives, RG 84, 711.00/12).");
    assert_eq!(r[0].1, ["record_group=84", "file=711.00/12"]);
    let r =
        read("Smith to Jones, 3 May 1950, Dean Acheson Papers, Box 64, Harry S. Truman Library.");
    assert_eq!(r[0].0.as_deref(), Some("HSTL"));
    assert_eq!(r[0].1, ["collection=Dean Acheson Papers", "box=64"]);
    let r = read(
        "(Library of Congress, Washington, D.C., John Doe Papers, MS 1234, Container 2, Folder 9).",
    );
    assert_eq!(r[0].1, ["collection=John Doe Papers", "shelfmark=MS 1234", "box=2", "folder=9"]);
}

#[test]
fn an_unlisted_abbreviation_with_an_archives_units() {
    let r = read("TVP, 85/2/2.");
    assert_eq!(r[0].0.as_deref(), Some("TVP"));
    assert_eq!(r[0].1, ["shelfmark=85/2/2"]);
    // Not after a word, not a printed series, not without units.
    assert!(read("FRUS, 1950, vol. 7, p. 5.").is_empty());
    assert!(read("See the XYZ, 85/2/2.").is_empty());
    assert!(read("DBPO, ser. I, vol. 2, no. 45.").is_empty());
    assert!(read("ABC, a note on the text.").is_empty());
}

#[test]
fn italian_and_polish_labels_quoted_folders_and_leaves_after_an_unread_part() {
    // The fondo and its division before the busta (the registry knows ACS).
    let r = read("ACS, MI, DGPS, busta 12, fasc. 3, f. 4.");
    assert_eq!(r[0].1, ["fond=MI", "series=DGPS", "box=12", "fascicle=3"]);
    let r = read("NARA, RG 59, Entry A1 1397, Box 12, Folder \"Japan – War Criminals\".");
    assert_eq!(r[0].1[3], "folder=Japan – War Criminals");
    let r = read("AMAE, PA-AP, 43, fos. 251–7.");
    assert_eq!(r[0].1, ["series=PA-AP", "unit=43"]);
    assert_eq!(r[0].2, ["251–257"]);
    let r = read("AIPN, BU 0296/45, t. 2, k. 15.");
    assert_eq!(r[0].1.last().map(String::as_str), Some("volume=2"));
    assert_eq!(r[0].2, ["15"]);
}

#[test]
fn sapmo_signatures_and_spanish_series() {
    let r = read("SAPMO-BA, DY 30/IV 2/1/120, pp. 2–13.");
    assert_eq!(r[0].0.as_deref(), Some("SAPMO-BArch"));
    assert_eq!(r[0].1, ["bestand=DY 30", "signatur=IV 2/1/120"]);
    let r = read("AHN, Expedientes reservados, n. 253.");
    assert_eq!(r[0].1, ["series=Expedientes reservados", "item=253"]);
}

#[test]
fn german_file_numbers_and_a_codes_closing_stop() {
    let r = read("BStU, MfS, HA IX, Nr. 20603, Bl. 2.");
    assert_eq!(r[0].1, ["bestand=MfS", "series=HA IX", "signatur=20603"]);
    assert_eq!(r[0].2, ["2"]);
    // A law gazette's number after an ibid is no archival citation.
    assert!(read("Publiziert als RGBL. Nr. 194/1851, ebd., Nr. 197/1851.").is_empty());
    let r = read("Diary, 3 May 1940, Avon Papers, 27/1/62A.");
    assert_eq!(r[0].1, ["collection=Avon Papers", "shelfmark=27/1/62A"]);
}

#[test]
fn codes_printed_whole_are_shelfmarks() {
    let r = read("PIL, 867/f.11/g-24, pp. 15–58.");
    assert_eq!(r[0].0.as_deref(), Some("PIL"));
    assert_eq!(r[0].1, ["shelfmark=867/f.11/g-24"]);
    assert_eq!(r[0].2, ["15–58"]);
    let r = read("AGA 41/11937.");
    assert_eq!(r[0].1, ["shelfmark=41/11937"]);
    // Years and dates written with slashes are not.
    assert!(super::part::date_like("1863/64"));
    assert!(super::part::date_like("12/3/45"));
    assert!(!super::part::date_like("41/11937"));
}

#[test]
fn british_german_austrian_french() {
    let r = read("TNA, FO 371/84036, f. 12.");
    assert_eq!(r[0].1, ["series=FO 371", "piece=84036"]);
    assert_eq!(r[0].2, ["12"]);
    let r = read("Public Record Office, Kew (hereafter PRO), CAB 128/5.");
    assert_eq!(r[0].1, ["series=CAB 128", "piece=5"]);
    let r = read("BArch, R 43 I/1370, Bl. 12v.");
    assert_eq!(r[0].1, ["bestand=R 43 I", "signatur=1370"]);
    assert_eq!(r[0].2, ["12 ob."]);
    let r = read("Bericht, HHStA, Kab. Kanzlei, MRZ. 1234/1852.");
    assert_eq!(r[0].1, ["bestand=Kab. Kanzlei", "series=MRZ.", "file=1234/1852"]);
    let r = read("AVA, Inneres, Zl. 512/1910.");
    assert_eq!(r[0].1, ["bestand=Inneres", "file=512/1910"]);
    let r = read("AN, F 7 12345, dossier 2, no 15.");
    assert_eq!(r[0].1, ["series=F 7", "piece=12345", "dossier=2", "item=15"]);
}

#[test]
fn repository_in_parentheses_after_what_it_holds() {
    let r = read(
        "Diary, 14 September 1939, Lester Pearson Papers (Library and Archives Canada), MG 26, N8.",
    );
    assert_eq!(r[0].0.as_deref(), Some("LAC"));
    assert_eq!(r[0].1[0], "collection=Lester Pearson Papers");
    let r = read("War Papers (National Archives of Australia, Canberra) AA1969/275/1.");
    assert_eq!(r[0].0.as_deref(), Some("NAA"));
    let r = read("Diary, 3 May 1940, Smith Papers (Hoover Institution Archives).");
    assert_eq!(r[0].1, ["collection=Smith Papers"]);
    // The collection printed before its repository is the first unit.
    let r = read("Smith Papers, Hoover Institution Archives, Box 3, Folder 2.");
    assert_eq!(r[0].1, ["collection=Smith Papers", "box=3", "folder=2"]);
    // A definition stays one: the abbreviation is printed before it.
    assert!(read("ГАВО (State Archive of Vologda Oblast). Ф. 1.").is_empty());
}

#[test]
fn quoted_folder_titles_and_british_folios() {
    // The comma inside the closing quote ends the folder's title.
    let r = read("Memo in Folder “Dissent Channel Package (1980),” Box 3, Lot File 04 D 114, U.S. Department of State, Washington, DC.");
    assert_eq!(r[0].1[..2], ["folder=Dissent Channel Package (1980)", "box=3"]);
    // A labelled unit after an unlabelled folder title is read on.
    let r = read("Source: Johnson Library, National Security File, Intelligence File, TKH Jan.–July 1966, Box 1. Top Secret.");
    assert_eq!(r[0].1[2..], ["folder=TKH Jan.–July 1966", "box=1"]);
    // Commas and full stops inside the quotes are the title's.
    let r = read("Folder “Documents Relating to the Re-Review of Foreign Relations, 1950-1954 (1980),” Box 3, Lot File 04 D 114, U.S. Department of State, Washington, DC.");
    assert_eq!(
        r[0].1[..2],
        [
            "folder=Documents Relating to the Re-Review of Foreign Relations, 1950-1954 (1980)",
            "box=3"
        ]
    );
    // A quoted title just before the box is its folder; pages after the collection.
    let r = read(
        "Noble letter to Perkins, April 30, 1956, “Historians 1956,” Box 477, AHA Papers, p. 2.",
    );
    assert_eq!(r[0].1, ["folder=Historians 1956", "box=477", "collection=AHA Papers"]);
    assert_eq!(r[0].2, ["2"]);
    // `fo.`/`fos.` are leaves; a range printed short ends with the start's digits.
    let r = read("Grey to Rodd, 28 July 1911, TNA FO 371/1250, fos. 251–7, 311.");
    assert_eq!(r[0].2, ["251–257", "311"]);
}

#[test]
fn unlisted_repositories_and_microfilm() {
    // A repository the registry does not list, with its university and town.
    let r = read("Smith to Jones, 3 May 1950, Marlow Library, University of Westbury, Westbury, John Doe Papers, Box 3, Folder 12.");
    assert_eq!(r[0].0.as_deref(), Some("Marlow Library, University of Westbury"));
    assert_eq!(r[0].1, ["collection=John Doe Papers", "box=3", "folder=12"]);
    // The registry knows the great manuscript libraries by name.
    let r = read("Smith to Jones, 3 May 1950, Bancroft Library, University of California, Berkeley, John Doe Papers, Box 3, Folder 12.");
    assert_eq!(r[0].0.as_deref(), Some("BANC"));
    assert_eq!(r[0].1, ["collection=John Doe Papers", "box=3", "folder=12"]);
    // Chicago order, the repository last.
    let r = read("Letter, 4 June 1920, Papers of John Smith, MS 1234, box 2, Special Collections, University of Leeds.");
    assert_eq!(r[0].0.as_deref(), Some("Special Collections, University of Leeds"));
    // A journal named after a library, with pages only, is no repository.
    assert!(read("See the Bulletin of the John Rylands Library, pp. 12-14.").is_empty());
    assert!(read("He worked at the Bancroft Library, Berkeley, for years, pp. 3-4.").is_empty());
    // NARA microfilm: the film a series, the roll a volume, a bare number a frame.
    let r = read("Himmler to Stuckart, Jul 16, 1943 (NA film T175, roll 33, 2113).");
    assert_eq!(r[0].1, ["series=T175", "volume=33"]);
    assert_eq!(r[0].2, ["2113"]);
    // The same in one code, no repository printed; two in one note.
    let r = read("Abetz to Ribbentrop, 26 December 1940 (T-120/587/243398–403); FRUS, 1940, II, 411; T-120/368/207282.");
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].1, ["series=T-120", "volume=587"]);
    assert_eq!(r[0].2, ["243398–243403"]);
    assert_eq!(r[1].2, ["207282"]);
}

#[test]
fn ibid_codes_and_lists_in_parentheses() {
    // The code after an in-note ibid is the ibid's part, not a second citation.
    let r = read("Not printed. (Ibid., 761.5411/4–1557)");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].0, None);
    // The last citation of a list in parentheses ends at the parenthesis.
    let r = read("(Telegram 1614, February 14; National Archives, RG 59, Central Foreign Policy Files, D780069–0124)");
    assert_eq!(r[0].1[2], "file=D780069–0124");
    // "Secretary's" is no security marking.
    let r = read("Source: National Archives, RG 59, Secretary's Memoranda of Conversation: Lot 65 D 330. Secret.");
    assert_eq!(r[0].1[2], "shelfmark=Lot 65 D 330");
}

#[test]
fn austrian_editions() {
    // A long German name of a Bestand; Roman fascicles with a range or a number.
    let r = read("Akten in FA., Materialien zur Reform der direkten Steuern, Fasz. X–XV.");
    assert_eq!(r[0].1, ["bestand=Materialien zur Reform der direkten Steuern", "fascicle=X–XV"]);
    let r = read("Akten in FA., Materialien zur Reform, Fasz. XVIII 3b und ebd.");
    assert_eq!(r[0].1[1], "fascicle=XVIII 3b");
    let r = read("KA., HKR., KM., Präs. 6289/1848.");
    assert_eq!(r[0].1, ["bestand=HKR.", "series=KM.", "subseries=Präs.", "file=6289/1848"]);
    let r = read("Martinis an Cordon, KA., HKR., KM. Präs. 6113/1848, und Benko.");
    assert_eq!(r[0].1, ["bestand=HKR.", "series=KM.", "subseries=Präs.", "file=6113/1848"]);
    let r = read("Ah. E. v. 30. 9. 1863, HHSTA., Kab. Kanzlei KZ. 3097/1863.");
    assert_eq!(r[0].1, ["bestand=Kab. Kanzlei", "series=KZ.", "file=3097/1863"]);
    let r = read("Kalchberg an Rechberg v. 10. 10. 1863, HHSTA., PA. IV 31.");
    assert_eq!(r[0].1, ["bestand=PA. IV", "carton=31"]);
    let r =
        read("Hhsta., Sonderbestände B, Nachlass Baernreither 7–2, Tagebucheintrag 3. 1. 1918.");
    assert_eq!(r[0].1[1..], ["collection=Nachlass Baernreither", "carton=7–2"]);
    // The next sentence is prose, not another level.
    let r =
        read("Vortrag v. 3. 12. 1848, HHSTA., Kab. Kanzlei, MRZ. 2687/1848. Zur Absicht siehe MR.");
    assert_eq!(r[0].1, ["bestand=Kab. Kanzlei", "series=MRZ.", "file=2687/1848"]);
}

#[test]
fn decimal_files_of_every_era() {
    let r = read("837.61351/4219: Telegram");
    assert_eq!(r[0].0.as_deref(), Some("NARA"));
    assert_eq!(r[0].1, ["file=837.61351/4219"]);
    let r = read("890d.00/252: Telegram");
    assert_eq!(r[0].1, ["file=890d.00/252"]);
}

#[test]
fn frus_source_notes() {
    let r = read(
        "Source: Johnson Library, National Security File, Country File, USSR, Vol. V. Secret.",
    );
    assert_eq!(r[0].1[2], "folder=USSR, Vol. V");
    let r = read("Source: National Archives, RG 59, Central Files 1964–66, POL US–USSR. Secret.");
    assert_eq!(r[0].1[2], "file=POL US–USSR");
    let r = read("(National Archives, RG 59, Central Foreign Policy File, D780094–0300)");
    assert_eq!(r[0].1[2], "file=D780094–0300");
    let r = read(
        "Source: Central Intelligence Agency, Executive Registry, Job 80–B01731R, Box 10. Secret.",
    );
    assert_eq!(r[0].0.as_deref(), Some("CIA"));
    assert_eq!(r[0].1, ["series=Executive Registry", "shelfmark=Job 80–B01731R", "box=10"]);
    let r =
        read("A copy is in the Washington National Records Center, OSD Files: FRC 330 70 A 4662.");
    assert_eq!(r[0].0.as_deref(), Some("WNRC"));
    assert_eq!(r[0].1, ["series=OSD Files", "shelfmark=FRC 330 70 A 4662"]);
}

#[test]
fn ibid_with_new_parts() {
    let r = read("Vorlage in R 43 I/1370, Bl. 12.");
    assert_eq!(r[0].0.as_deref(), Some("BArch"));
    assert_eq!(r[0].1, ["bestand=R 43 I", "signatur=1370"]);
    let r = read("Minute by Eden, 3 May 1944, FO 371/40123.");
    assert_eq!(r[0].0.as_deref(), Some("TNA"));
    assert_eq!(r[0].1, ["series=FO 371", "piece=40123"]);
    let r = read("JACAR, Ref. B02030010500, 外務省外交史料館.");
    assert_eq!(r[0].1, ["reference_code=B02030010500"]);
    let r = read("AAN, zesp. 1354, sygn. 237/V-12, k. 5.");
    assert_eq!(r[0].1, ["zespol=1354", "sygnatura=237/V-12"]);
    assert_eq!(r[0].2, ["5"]);
    let r = read("Memo, RG 59, Entry 205, Box 7.");
    assert_eq!(r[0].0.as_deref(), Some("NARA"));
    let r = read("Ein Vortrag, ebd., RR., Präs. 12/1851.");
    assert_eq!(r[0].0, None);
    assert_eq!(r[0].1, ["bestand=RR.", "series=Präs.", "file=12/1851"]);
    assert!(read("Ibid., 45.").is_empty());
    let r = read("AGHD, Tribunal Militar, sumario 62.109.");
    assert_eq!(r[0].1.last().map(String::as_str), Some("file=62.109"));
    // An English ibid with a code no American citation prints: read whole.
    let r = read("Ibid., F201-00-00/0004, pp. 646–50.");
    assert_eq!(
        (r[0].1.clone(), r[0].2.clone()),
        (vec!["shelfmark=F201-00-00/0004".to_string()], vec!["646–650".to_string()])
    );
}

#[test]
fn repository_alone_and_departmental_archives() {
    let r = read("Letter, Smith to Jones, 3 June 1919, Hoover Institution Archives.");
    assert_eq!(r[0].0.as_deref(), Some("HIA"));
    assert!(r[0].1.is_empty());
    assert!(read("The Hoover Institution Archives hold his papers, which few read.").is_empty());
    let r = read("A. D., Hauts-de-Seine, 4 M 123.");
    assert_eq!(r[0].0.as_deref(), Some("AD Hauts-de-Seine"));
    assert_eq!(r[0].1, ["series=4 M", "piece=123"]);
}

#[test]
fn no_repository_printed() {
    let r = read("Hull to Winant, May 2, 1943, 026 Foreign Relations/87, DoS CDF 1940-1944.");
    assert_eq!(r[0].0.as_deref(), Some("NARA"));
    assert_eq!(r[0].1, ["file=026 Foreign Relations/87", "series=DoS CDF 1940-1944"]);
    let r = read("Memo, 711.94/123 in DoS CDF 1930-1939.");
    assert_eq!(r[0].1, ["file=711.94/123", "series=DoS CDF 1930-1939"]);
    let r = read("Sumner to Fish, May 3, 1870, Fish Papers, Container 188.");
    assert_eq!(r[0].0, None);
    assert_eq!(r[0].1, ["collection=Fish Papers", "box=188"]);
    let r = read("Bach an Eminger, OBERÖSTERREICHISCHES LANDESARCHIV, Archiv der Statthalterei, Schachtel 516, Präs. 30/1853.");
    assert_eq!(r[0].0.as_deref(), Some("OÖLA"));
    assert_eq!(
        r[0].1,
        ["bestand=Archiv der Statthalterei", "box=516", "series=Präs.", "file=30/1853"]
    );
}

#[test]
fn named_parts_of_german_french_polish_archives() {
    let r = read("PA AA, R 29801, Bl. 45.");
    assert_eq!(r[0].1, ["signatur=R 29801"]);
    assert_eq!(r[0].2, ["45"]);
    // A division of the repository is not a unit.
    let r = read("PA AA, Politische Abteilung, R 29801.");
    assert_eq!(r[0].1, ["signatur=R 29801"]);
    let r = read("AMAE, Correspondance politique, Russie, vol. 123, f° 45.");
    assert_eq!(r[0].1, ["series=Correspondance politique", "subseries=Russie", "volume=123"]);
    assert_eq!(r[0].2, ["45"]);
    let r = read("AAN, KC PZPR, sygn. 237/V-12, k. 15.");
    assert_eq!(r[0].1, ["zespol=KC PZPR", "sygnatura=237/V-12"]);
    let r = read("SHD, GR 7 N 1234.");
    assert_eq!(r[0].1, ["series=GR 7 N", "piece=1234"]);
    let r = read("PRO, FO 371/49069/N 9595.");
    assert_eq!(r[0].1, ["series=FO 371", "piece=49069", "file=N 9595"]);
}

#[test]
fn nixon_materials_and_papers_divided_as_a_presidential_library() {
    let r = read("Source: National Archives, Nixon Presidential Materials, NSC Files, Box 711, Country Files—Europe, USSR, Vol. III. Secret; Nodis.");
    assert_eq!(r[0].0.as_deref(), Some("NARA"));
    assert_eq!(
        r[0].1,
        [
            "collection=Nixon Presidential Materials",
            "series=NSC Files",
            "box=711",
            "folder=Country Files—Europe, USSR, Vol. III"
        ]
    );
    let r = read("Source: National Archives, Nixon Presidential Materials, NSC Files, NSC Institutional Files (H-Files), Box H–224, NSDM 113. Top Secret.");
    assert_eq!(r[0].1[2..4], ["subseries=NSC Institutional Files (H-Files)", "box=H–224"]);
    let r = read("Source: Library of Congress, Manuscript Division, Kissinger Papers, Box CL 426, Subject File, Background Briefings. No classification marking.");
    assert_eq!(
        r[0].1,
        ["collection=Kissinger Papers", "box=CL 426", "folder=Subject File, Background Briefings"]
    );
    let r = read("Source: National Archives, Nixon Presidential Materials, White House Tapes, Oval Office, Conversation 543–6. No classification marking.");
    assert_eq!(r[0].1[1..], ["series=White House Tapes", "subseries=Oval Office", "item=543–6"]);
    // A code after papers is their own reference, not a folder; a printed
    // series of state papers is no collection divided.
    let r = read("Churchill to Halifax, 28 July 1940, Chartwell Papers, CHAR20/13/8.");
    assert_eq!(r[0].1, ["collection=Chartwell Papers", "shelfmark=CHAR20/13/8"]);
    assert!(read("American State Papers, Miscellaneous, I, 256.").is_empty());
    // A records center's accession, then an office's decimal file.
    let r = read("Source: Washington National Records Center, RG 330, OSD Files:FRC 330 76 197, Korea, 000.1–292. Secret.");
    assert_eq!(
        r[0].1,
        [
            "record_group=330",
            "series=OSD Files",
            "shelfmark=FRC 330 76 197",
            "file=Korea, 000.1–292"
        ]
    );
}

#[test]
fn state_department_and_presidential_library_source_notes() {
    let r =
        read("Source: Department of State, S/S–NSC Files: Lot 63 D 351, NSC 5610 Series. Secret.");
    assert_eq!(r[0].0.as_deref(), Some("NARA"));
    assert_eq!(
        r[0].1,
        ["series=S/S–NSC Files", "shelfmark=Lot 63 D 351", "folder=NSC 5610 Series"]
    );
    let r = read("Source: Department of State, OFD Files: Lot 59 D 620, All Countries, U.S. Aid Programs, 1956. Secret.");
    assert_eq!(r[0].1[2], "folder=All Countries, U.S. Aid Programs, 1956");
    let r = read("Source: Central Intelligence Agency, Job 79-01025A, Box 143, Folder 1. Secret.");
    assert_eq!(r[0].0.as_deref(), Some("CIA"));
    assert_eq!(r[0].1, ["shelfmark=Job 79-01025A", "box=143", "folder=1"]);
    let r = read("Source: Johnson Library, National Security File, National Intelligence Estimates File, 10–5, Communist States. Secret.");
    assert_eq!(r[0].0.as_deref(), Some("LBJL"));
    assert_eq!(
        r[0].1,
        [
            "collection=National Security File",
            "series=National Intelligence Estimates File",
            "folder=10–5, Communist States"
        ]
    );
    let r = read("Source: Carter Library, National Security Affairs, Staff Material, Office File, Box 48, Chron: 6/77. Secret.");
    assert_eq!(
        r[0].1,
        [
            "collection=National Security Affairs",
            "series=Staff Material",
            "subseries=Office File",
            "box=48",
            "folder=Chron: 6/77"
        ]
    );
    let r = read("Source: Department of State, Central Files, POL 27–14 VIET S. Secret; Exdis.");
    assert_eq!(r[0].1, ["series=Central Files", "file=POL 27–14 VIET S"]);
    let r = read("Source: Johnson Library, Ball Papers, Vietnam I. No classification marking.");
    assert_eq!(r[0].1, ["collection=Ball Papers", "folder=Vietnam I"]);
    let r = read("Source: Eisenhower Library, Dulles Papers. Confidential; Personal and Private.");
    assert_eq!(r[0].1, ["collection=Dulles Papers"]);
    let r = read("(Department of State, S/S–NSC (Miscellaneous) Files: Lot 66 D 95, Records of Action, 1956)");
    assert_eq!(
        r[0].1,
        [
            "series=S/S–NSC (Miscellaneous) Files",
            "shelfmark=Lot 66 D 95",
            "folder=Records of Action, 1956"
        ]
    );
    let r = read("A draft is in Department of State, Central Files, POL 27 VIET S.");
    assert_eq!(r[0].1, ["series=Central Files", "file=POL 27 VIET S"]);
    // A decimal file alone is NARA's (the State Department's files).
    let r = read("715.1715/661a: Telegram");
    assert_eq!(r[0].0.as_deref(), Some("NARA"));
    assert_eq!(r[0].1, ["file=715.1715/661a"]);
    // The name inside a periodical's title or a longer name is not the repository.
    assert!(read("See Department of State Bulletin, May 3, 1954, p. 12.").is_empty());
    let r = read("Volume 10, Miscellaneous Correspondence of the Department of State, RG 59, NA.");
    assert!(r.iter().all(|x| x.0.as_deref() == Some("NARA")));
}

#[test]
fn prose_is_not_read() {
    assert!(read("The National Archives opened its reading room in 1977.").is_empty());
    assert!(read("See the Papers of the period, passim.").is_empty());
}

#[test]
fn british_codes_and_manuscript_libraries() {
    // Departments of Kew cited bare, no space before the series number.
    let r = read("HS9/23/3, Report by Lt. Turnbull, STS 6, 23.04.43.");
    assert_eq!(r[0].0.as_deref(), Some("TNA"));
    assert_eq!(r[0].1, ["series=HS9", "piece=23", "file=3"]);
    let r = read("See KV 2/815 and PC 8/1234.");
    assert_eq!(r.len(), 2);
    // A manuscript library's code is its own shelfmark, not a series and piece.
    let r = read("Grace in Russia 1945, Churchill Archives Centre, Churchill College, Cambridge, HAMB 1/ 4, p. 3.");
    assert_eq!(r[0].0.as_deref(), Some("CAC"));
    assert_eq!(r[0].1, ["shelfmark=HAMB 1/ 4"]);
    assert_eq!(r[0].2, ["3"]);
    // TNA's own stay series and piece.
    let r = read("The National Archives, Kew, CAB 65/1.");
    assert_eq!(r[0].1, ["series=CAB 65", "piece=1"]);
    // Leaves after the piece, unlabelled; not a year.
    let r = read("PRO, WO 208/3817, 80, 87, 98–9.");
    assert_eq!(r[0].2, ["80", "87", "98–99"]);
    let r = read("PRO, WO 208/3817, 1945.");
    assert!(r[0].2.is_empty());
}

#[test]
fn italian_fondi_and_buste() {
    let r = read("A briefing described him as a reactionary. ACS, MI, DAGR, b. 1320, informatore, Città del Vaticano, 23 aprile 1930.");
    assert_eq!(r[0].0.as_deref(), Some("ACS"));
    assert_eq!(r[0].1, ["fond=MI", "series=DAGR", "box=1320"]);
    // After the busta, a place and a sender are no divisions.
    let r = read("ACS, CR, b. 4, Roma, 1 maggio 1923, Mussolini a De Vecchi.");
    assert_eq!(r[0].1, ["fond=CR", "box=4"]);
    let r = read("ASV, AESS, pos. 515, fasc. 523, ff. 8r–9r.");
    assert_eq!(r[0].0.as_deref(), Some("ASV"));
    assert_eq!(r[0].1[1..], ["file=515", "fascicle=523"]);
    assert_eq!(r[0].2, ["8–9"]);
}

#[test]
fn museum_catalogue_numbers_and_bracketed_definitions() {
    let r = read("Imperial War Museum [IWM] Sound Archive 2207.");
    assert_eq!(r[0].0.as_deref(), Some("IWM"));
    assert_eq!(r[0].1, ["collection=Sound Archive", "shelfmark=2207"]);
    let r = read("IWM Document 9858.");
    assert_eq!(r[0].1, ["item=9858"]);
}

#[test]
fn chicago_order_over_dates_to_the_volume() {
    // Read backwards from the repository over a weekday, a season or a day's
    // date to the volume; the document's title is no second collection.
    let r = read("Diary of John Adams, vol. 1, Wednesday, January 1759, Adams Papers, MHS.");
    assert_eq!(r[0].0.as_deref(), Some("MHS"));
    assert_eq!(r[0].1, ["volume=1", "collection=Adams Papers"]);
    let r = read("Diary of John Adams, vol. 2, December 2, 1760, Adams Papers, MHS.");
    assert_eq!(r[0].1, ["volume=2", "collection=Adams Papers"]);
    let r = read("Fish Diary, March 30, 1870, Microfilm Roll 277, Fish Papers.");
    assert_eq!(r[0].1, ["volume=277", "collection=Fish Papers"]);
    // Pages after the repository stay with the units before it.
    let r = read("Josiah Quincy Jr., Southern Journal, Quincy Family Papers, MHS, pp. 9–10.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].1, ["collection=Quincy Family Papers"]);
    assert_eq!(r[0].2, ["9–10"]);
}

#[test]
fn french_series_as_printed_and_leaves_without_a_point() {
    let r = read("AN F7 13426, 18 April 1923.");
    assert_eq!(r[0].1, ["series=F7", "piece=13426"]);
    let r = read("SHAT 3H 102, 24 June 1936.");
    assert_eq!(r[0].0.as_deref(), Some("SHD"));
    assert_eq!(r[0].1, ["series=3H", "piece=102"]);
    let r = read("Memo by Lucien, 30 November 1929, Paris, Ministère des Affaires Etrangères (MAE), série SDN, vol. 723, fos 140–5.");
    assert_eq!(r[0].0.as_deref(), Some("AMAE"));
    assert_eq!(r[0].1, ["series=SDN", "volume=723"]);
    assert_eq!(r[0].2, ["140–145"]);
}

#[test]
fn library_and_archives_canada() {
    let r = read("LAC, Hong Kong Inquiry fonds, RG 33 120, volume 2, file “Exhibits 1–44”, exhibit 8 Note on a telephone conversation.");
    assert_eq!(r[0].0.as_deref(), Some("LAC"));
    assert_eq!(
        r[0].1,
        [
            "collection=Hong Kong Inquiry fonds",
            "series=RG 33",
            "subseries=120",
            "volume=2",
            "file=Exhibits 1–44",
            "item=8"
        ]
    );
    let r = read("LAC, J.L. Ralston fonds, MG 27 III BII, volume 70, file “Hong Kong Inquiry, Memorandum”, 26 February 1942.");
    assert_eq!(r[0].1[1..3], ["series=MG 27", "subseries=III BII"]);
    assert_eq!(r[0].1[4], "file=Hong Kong Inquiry, Memorandum");
}

#[test]
fn national_archives_of_australia() {
    let r = read("NAA: B2455, James E.H., item barcode 7365498.");
    assert_eq!(r[0].0.as_deref(), Some("NAA"));
    assert_eq!(r[0].1, ["series=B2455", "file=James E.H.", "reference_code=7365498"]);
    let r = read("National Archives of Australia, A1838, 3107/38/12 Part 1.");
    assert_eq!(r[0].1, ["series=A1838", "file=3107/38/12 Part 1"]);
}
