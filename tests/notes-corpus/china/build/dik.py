"""Shared helper for Dikötter's convention (pub01-pub06): the province or city printed alone stands for its
archive (world's rule: 'Sichuan' = Sichuan Provincial Archives); the quanzong-mulu-juan code is printed whole
-> one shelfmark; 'p.'/'pp.' -> page folios (abbreviated ranges expanded: '82–3' -> 82-83)."""
from gold import arch, U, cite

K = {"Wuhan": "Wuhan MA", "Nanjing": "Nanjing MA", "Hunan": "Hunan PA", "Hubei": "Hubei PA", "Hebei": "Hebei PA",
     "Sichuan": "Sichuan PA", "Guangdong": "Guangdong PA", "Yunnan": "Yunnan PA", "Shandong": "Shandong PA",
     "Shaanxi": "Shaanxi PA", "Jilin": "Jilin PA", "Gansu": "Gansu PA"}

def A(pr):
    return arch(K[pr], pr)

def c(pr, code, pages):
    """a further citation (also) of a file printed with its place."""
    return cite(A(pr), U("sm", code), pages)

def mk(p):
    def a(n, pr, code, pages, **kw):
        return p.archival(n, A(pr), U("sm", code), pages, **kw)
    return a
