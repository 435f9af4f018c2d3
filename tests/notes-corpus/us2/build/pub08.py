"""pub08: a book on the suffrage movement told through objects, which opens with Carrie Chapman Catt's memorial trees
at Juniper Ledge: by content Susan Ware, Why They Marched: Untold Stories of the Women Who Fought for the Right to Vote
(Cambridge, MA: Belknap Press of Harvard University Press, 2019) -- the stored page does not name the book (doubtful).
trantor.is copy LdYRUxg7leYkhVAq, xhtml/notes.xhtml: notes 1-6 of the first notes section (7 cut off). Numbers printed
`1.` -> `1`.
2 `Edna Lamprey Stantial Papers, Schlesinger Library, Radcliffe Institute, Harvard University` -> Schlesinger,
name_as_printed the repository with its institute and university, collection.
3 says in prose that the plaques came to the Schlesinger Library as part of the Stantial Papers: a collection named
as the location of objects -> archival with that collection (frus: `The Map Room files indicate ...`; doubtful, a tool
may call it commentary).
Newspapers: 1 `"Mrs. Catt Receives Women Picnickers," New York Times, June 26, 1921, 14` after a National Register
nomination (literature) -> newspaper with page 14; 4 `The New York Times article on June 26, 1921` (a dated issue
named in prose) -> newspaper, title without the article as in note 1. 5, 6 -> literature."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP, F

p = Pub("pub08")
p.newspaper(1, NP("New York Times", 1921, 6, 26, page="14"))
p.archival(2, arch("Schlesinger", None, "Schlesinger Library, Radcliffe Institute, Harvard University"),
           U("collection", "Edna Lamprey Stantial Papers"))
p.archival(3, arch("Schlesinger", None, "Schlesinger Library"), U("collection", "Edna Lamprey Stantial Papers"))
p.newspaper(4, NP("New York Times", 1921, 6, 26))
p.commentary(5, literature=True)
p.commentary(6, literature=True)
p.write()
