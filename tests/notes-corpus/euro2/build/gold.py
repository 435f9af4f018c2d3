"""(euro2, copied from euro/build/gold.py; ARCHIVES extended for the euro2 group)
(euro, copied from eng3/build/gold.py; ARCHIVES extended for the euro group)
(eng3, copied from eng2/build/gold.py; ARCHIVES extended for the eng3 group)
(eng2, copied from slav/build/gold.py; ARCHIVES extended for the eng2 group)
(slav, copied from world/build/gold.py; ARCHIVES extended for the slav group)
(world, copied from de/build/gold.py; ARCHIVES extended for the world group)
(de, copied from west2/build/gold.py; ARCHIVES extended, F() also splits on en and figure dashes)
(west2, adapted from east/build/gold.py) Helpers for the hand-written gold specs (pubNN.py). Each spec lists one call per
printed note; only ibid resolution (copying the referred units and folios) is mechanical."""
import json, os, copy, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ARCHIVES = {
    "NARA": ("National Archives and Records Administration", "College Park, MD"),
    "LC MD": ("Library of Congress, Manuscript Division", "Washington, DC"),
    "Harvard HL": ("Harvard University, Houghton Library", "Cambridge, MA"),
    "UVM SC": ("University of Vermont Libraries, Special Collections", "Burlington, VT"),
    "HHStA": ("Haus-, Hof- und Staatsarchiv (Austrian State Archives)", "Vienna"),
    "AVA": ("Allgemeines Verwaltungsarchiv (Austrian State Archives)", "Vienna"),
    "NÖLA": ("Lower Austrian Provincial Archives (Niederösterreichisches Landesarchiv)", "St. Pölten"),
    "OÖLA": ("Upper Austrian Provincial Archives (Oberösterreichisches Landesarchiv)", "Linz"),
    "FHKA": ("Finanz- und Hofkammerarchiv (Austrian State Archives)", "Vienna"),
    "KA": ("Kriegsarchiv (Austrian State Archives)", "Vienna"),
    "TsDIAL": ("Central State Historical Archives of Ukraine in Lviv", "Lviv"),
    "TNA": ("The National Archives of the United Kingdom", "Kew, London"),
    "BArch": ("German Federal Archives", "Koblenz"),
    "AMAE": ("Archives of the French Ministry of Foreign Affairs (Archives diplomatiques)", "La Courneuve"),
    "AN": ("Archives nationales (France)", "Pierrefitte-sur-Seine"),
    "SHD": ("Service historique de la Défense (French defence historical service)", "Vincennes"),
    "AS": ("State Archives of Serbia (Arhiv Srbije)", "Belgrade"),
    "ACS": ("Central State Archives of Italy (Archivio Centrale dello Stato)", "Rome"),
    "IfZ": ("Institute for Contemporary History, Archive (Institut für Zeitgeschichte)", "Munich"),
    "PA AA": ("Political Archive of the Federal Foreign Office (Politisches Archiv des Auswärtigen Amts)", "Berlin"),
    "BDC": ("Berlin Document Center (records now in the German Federal Archives)", "Berlin"),
    "ZStA": ("Central State Archives of the GDR (Zentrales Staatsarchiv; records now in the German Federal Archives)", "Potsdam"),
    "YIVO": ("YIVO Institute for Jewish Research, Archives", "New York, NY"),
    "Wuhan MA": ("Wuhan Municipal Archives", "Wuhan"),
    "Nanjing MA": ("Nanjing Municipal Archives", "Nanjing"),
    "Hunan PA": ("Hunan Provincial Archives", "Changsha"),
    "Hubei PA": ("Hubei Provincial Archives", "Wuhan"),
    "Hebei PA": ("Hebei Provincial Archives", "Shijiazhuang"),
    "Sichuan PA": ("Sichuan Provincial Archives", "Chengdu"),
    "Guangdong PA": ("Guangdong Provincial Archives", "Guangzhou"),
    "Yunnan PA": ("Yunnan Provincial Archives", "Kunming"),
    # slav group
    "TsDAHO": ("Central State Archive of Public Organisations of Ukraine", "Kyiv"),
    "TsDAVO": ("Central State Archive of the Supreme Bodies of Power and Government of Ukraine", "Kyiv"),
    "RGASPI": ("Russian State Archive of Socio-Political History", "Moscow"),
    "RGVA": ("Russian State Military Archive (incl. the former Special Archive, Osobyi arkhiv)", "Moscow"),
    "DAVinO": ("State Archive of Vinnytsia Oblast", "Vinnytsia"),
    "DAKhersO": ("State Archive of Kherson Oblast", "Kherson"),
    "DAVolO": ("State Archive of Volyn Oblast", "Lutsk"),
    "UCRDC": ("Ukrainian Canadian Research and Documentation Centre", "Toronto"),
    "Harvard WL": ("Harvard University, Widener Library (Slavic Division)", "Cambridge, MA"),
    "AZIH": ("Jewish Historical Institute (Żydowski Instytut Historyczny), Archive", "Warsaw"),
    "USHMM": ("United States Holocaust Memorial Museum, Archives", "Washington, DC"),
    # eng2 group
    "PIL": ("Archives of the Institute of Political History (Politikatörténeti Intézet Levéltára)", "Budapest"),
    "BStU": ("Stasi Records Archive (records of the GDR Ministry for State Security; BStU, now in the German Federal Archives)", "Berlin"),
    "SAPMO-BArch": ("Foundation Archives of Parties and Mass Organisations of the GDR in the German Federal Archives (SAPMO)", "Berlin"),
    "DRA": ("German Broadcasting Archive (Deutsches Rundfunkarchiv), GDR holdings", "Potsdam-Babelsberg"),
    "TVP": ("Archive of Polish Television (Telewizja Polska, TVP)", "Warsaw"),
    "HIA": ("Hoover Institution Library & Archives, Stanford University", "Stanford, CA"),
    "AVP RF": ("Foreign Policy Archive of the Russian Federation", "Moscow"),
    "RGALI": ("Russian State Archive of Literature and Art", "Moscow"),
    "Memorial MA": ("Archive of the Memorial Society, Moscow", "Moscow"),
    "IFA": ("archive cited as IFA in Figes, The Whisperers (abbreviation not expanded in the stored text)", "unknown"),
    "RA": ("Swedish National Archives (Riksarkivet)", "Stockholm"),
    "AOK": ("archive cited as AOK by Fursenko and Naftali (CPSU Presidium protocols and stenograms; expanded only in the book's Abbreviations section, not in the stored text)", "Moscow"),
    "GRU Archive": ("Archive of the Main Intelligence Directorate (GRU) of the General Staff", "Moscow"),
    "HUA": ("Harvard University Archives", "Cambridge, MA"),
    "NSArchive": ("National Security Archive, George Washington University", "Washington, DC"),
    "LBJL": ("Lyndon Baines Johnson Presidential Library", "Austin, TX"),
    "NYT Archives": ("The New York Times Company Archives", "New York, NY"),
    "TsGAIPD SPb": ("Central State Archive of Historical and Political Documents of Saint Petersburg", "Saint Petersburg"),
    "TsAMO RF": ("Central Archive of the Ministry of Defence of the Russian Federation", "Podolsk"),
    "GARF": ("State Archive of the Russian Federation", "Moscow"),
    "APRF": ("Archive of the President of the Russian Federation", "Moscow"),
    # eng3 group
    "RGANI": ("Russian State Archive of Contemporary History", "Moscow"),
    "AGTsTM": ("Archive (manuscript department) of the A. A. Bakhrushin State Central Theatre Museum (GTsTM)", "Moscow"),

    # euro group
    "ASV": ("Vatican Apostolic Archive (Archivio Apostolico Vaticano, until 2019 Archivio Segreto Vaticano)", "Vatican City"),
    "ARSI": ("Roman Archives of the Society of Jesus (Archivum Romanum Societatis Iesu)", "Rome"),
    "BayHStA": ("Bavarian Main State Archives (Bayerisches Hauptstaatsarchiv)", "Munich"),
    "CDJC": ("Centre de documentation juive contemporaine (archives of the Mémorial de la Shoah)", "Paris"),
    "Bodleian": ("Bodleian Library, University of Oxford (Special Collections)", "Oxford"),

    # euro2 group
    "APP": ("Archives of the Paris Prefecture of Police (Archives de la Préfecture de police)", "Paris"),
    "GStA PK": ("Secret State Archives Prussian Cultural Heritage Foundation (Geheimes Staatsarchiv Preußischer Kulturbesitz)", "Berlin"),
    "BLHA": ("Brandenburg Main State Archives (Brandenburgisches Landeshauptarchiv)", "Potsdam"),
    "LAV NRW W": ("State Archives of North Rhine-Westphalia, Westphalia Department (Landesarchiv NRW, Abteilung Westfalen)", "Münster"),
    "SenJust Berlin": ("Archive of the Berlin Senate Administration for Justice (Archiv der Senatsverwaltung für Justiz)", "Berlin"),
    "TA": ("Fritz Tobias's private papers, cited as TA in Hett, Burning the Reichstag (abbreviation not expanded in the stored text)", "Hanover"),
    "AD Bouches-du-Rhône": ("Departmental Archives of Bouches-du-Rhône (Archives départementales des Bouches-du-Rhône)", "Marseille"),
    "ASGe": ("State Archives of Genoa (Archivio di Stato di Genova)", "Genoa"),
    "AGR": ("Belgian State Archives, General Archives of the Kingdom (Archives générales du Royaume)", "Brussels"),
}

LEVEL = {"rg": "record_group", "e": "entry", "b": "box", "fo": "folder", "s": "series", "ss": "subseries",
         "c": "collection", "sm": "shelfmark", "fi": "file", "v": "volume", "be": "bestand", "si": "signatur",
         "ca": "carton", "fa": "fascicle", "it": "item", "pi": "piece"}

def arch(abbr, printed=None, name=None):
    name_en, place = ARCHIVES[abbr]
    a = {"abbr": abbr, "abbr_as_printed": printed, "name_en": name_en, "place": place}
    if name is not None:
        a["name_as_printed"] = name
    return a

def U(*pairs):
    """U('f','17','op','162','d','7') -> units in printed order."""
    assert len(pairs) % 2 == 0
    return [{"level": LEVEL.get(pairs[i], pairs[i]), "value": pairs[i + 1]} for i in range(0, len(pairs), 2)]

def F(spec):
    """'99' | '83-85' | 'p:5-6' (pages), several separated by ','."""
    out = []
    for part in [p.strip() for p in spec.split(",") if p.strip()]:
        page = part.startswith("p:")
        if page:
            part = part[2:]
        a, _, b = [x.strip() for x in re.split(r"([-\u2013\u2012])", part, maxsplit=1)] if re.search(r"[-\u2013\u2012]", part) else (part, "", "")
        b = b or a
        fv = a.endswith("ob"); tv = b.endswith("ob")
        a = a[:-2] if fv else a; b = b[:-2] if tv else b
        if a == b and not re.search(r"[-\u2013\u2012]", part):
            tv = fv
        o = {"from": a, "to": b, "from_verso": fv, "verso": tv}
        if page:
            o["unit"] = "page"
        out.append(o)
    return out

def NP(title, y, m, d, **kw):
    o = {"title": title, "issued": {"date-parts": [[y, m, d]]}}
    o.update(kw)
    return o

def cite(archive, units, folios=""):
    return {"archive": archive, "units": units, "folios": F(folios) if isinstance(folios, str) else folios}

class Pub:
    def __init__(self, name):
        self.name = name
        self.lines = []
        self.gold = []
        self.src = {}
        with open(os.path.join(HERE, name + ".src.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                n, _, text = line.partition(" ")
                self.src[int(n)] = " ".join(text.split())

    def _obj(self, n, cls, archive=None, units=(), folios="", ibid_of=None, warn=None, also=None,
             newspaper=None, literature=False):
        o = {"n": n, "class": cls, "archive": archive, "units": list(units),
             "folios": F(folios) if isinstance(folios, str) else folios,
             "refers_to": [], "ibid_of": ibid_of,
             "expect_warning": warn is not None, "warning_reason": warn}
        if newspaper is not None:
            o["newspaper"] = newspaper
        if also:
            o["also"] = also
        if literature:
            o["literature"] = True
        self.gold.append(o)
        self.lines.append(f"{n} {self.src[n]}")
        return o

    def archival(self, n, archive, units, folios="", warn=None, also=None, newspaper=None):
        return self._obj(n, "archival", archive, units, folios, warn=warn, also=also, newspaper=newspaper)

    def commentary(self, n, literature=False):
        return self._obj(n, "commentary", literature=literature)

    def newspaper(self, n, newspaper):
        return self._obj(n, "newspaper", newspaper=newspaper)

    def last_citation(self, of):
        ref = next(g for g in self.gold if g["n"] == of)
        if ref["class"] == "commentary" and not ref.get("literature"):
            raise ValueError(f"note {of} has no citation")
        c = ref["also"][-1] if ref.get("also") else ref
        return c

    def ibid(self, n, of, units=(), folios=None, warn=None, also=None):
        """units: the printed units; referred units are kept up to the first printed level."""
        c = self.last_citation(of)
        a = copy.deepcopy(c["archive"])
        if a is not None:
            a["abbr_as_printed"] = None
            a.pop("name_as_printed", None)
        printed = list(units)
        if printed:
            first = printed[0]["level"]
            levels = [u["level"] for u in c["units"]]
            keep = c["units"][:levels.index(first)] if first in levels else c["units"]
            res_units = copy.deepcopy(keep) + printed
        else:
            res_units = copy.deepcopy(c["units"])
        res_folios = copy.deepcopy(c["folios"]) if folios is None else F(folios)
        return self._obj(n, "ibid", a, res_units, res_folios, ibid_of=of, warn=warn, also=also)

    def write(self):
        with open(os.path.join(ROOT, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")
        with open(os.path.join(ROOT, self.name + ".gold.json"), "w", encoding="utf-8") as f:
            f.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=False) for o in self.gold) + "\n]\n")
        missing = sorted(set(self.src) - {g["n"] for g in self.gold})
        if missing:
            raise SystemExit(f"{self.name}: notes without gold: {missing}")
