"""(de2, copied from asia/build/gold.py unchanged; no archive added: BArch and HHStAW are already in the table)
(asia, copied from world/build/gold.py; ARCHIVES extended for the asia group)
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
    # asia additions
    "RGVA": ("Russian State Military Archive (incl. the former Special Archive, Osobyi arkhiv)", "Moscow"),
    "HHStAW": ("Hessian Main State Archives (Hessisches Hauptstaatsarchiv Wiesbaden)", "Wiesbaden"),
    "BayHStA": ("Bavarian Main State Archives (Bayerisches Hauptstaatsarchiv)", "Munich"),
    "StABa": ("Bamberg State Archives (Staatsarchiv Bamberg)", "Bamberg"),
    "YVA": ("Yad Vashem Archives", "Jerusalem"),
    "ATMTS": ("Archive of the Second Territorial Military Court (Archivo del Tribunal Militar Territorial Segundo)", "Seville"),
    "RC Castilleja": ("Civil Registry of the Court of Castilleja de Guzmán (Juzgado de Castilleja de Guzmán)", "Castilleja de Guzmán (Seville)"),
    "AHN": ("National Historical Archive of Spain (Archivo Histórico Nacional)", "Madrid"),
    "CDMH": ("Documentary Centre of Historical Memory (Centro Documental de la Memoria Histórica)", "Salamanca"),
    "AGA": ("General Archive of the Administration (Archivo General de la Administración)", "Alcalá de Henares"),
    "FPI": ("Pablo Iglesias Foundation, Archive (Fundación Pablo Iglesias)", "Alcalá de Henares"),
    "AH": ("Academia Historica (Guoshiguan)", "Taipei"),
    "AGHD": ("General and Historical Archive of Defence (Archivo General e Histórico de Defensa)", "Madrid"),
    "AHPCE": ("Historical Archive of the Communist Party of Spain (Archivo Histórico del PCE)", "Madrid"),
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
