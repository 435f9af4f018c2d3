"""pub07: Martin Gilbert, The Holocaust: The Jewish Tragedy (London: Collins, 1986), endnotes 26-49 of one chapter
(the ghettos, spring 1941; 100vampirenovels.net page 127; note 50 cut off). No archival citation: ghetto chronicles
and diaries are cited from printed editions ('Sloan, op. cit.', 'Dobroszycki, op. cit.'), the Eichmann trial
record, a newspaper. The site puts italic titles on lines of their own, which leaves a space before the following
comma ('Sloan, op. cit. , page 138.'), as world pub02."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold import Pub, arch, U, cite, NP

p = Pub("pub07")
p.commentary(26, literature=True)
p.newspaper(27, NP("Kolnische Zeitung", 1941, 4, 5))
p.commentary(28, literature=True)                # printed document edition (Eisenbach)
p.commentary(29, literature=True)
p.ibid(30, 29)                                   # 'Lodz Chronicle, 26 March 1941: ibid., page 37.'
p.commentary(31)                                 # information from a person, no citation
p.commentary(32, literature=True)
p.ibid(33, 32)                                   # 'Steckel, ibid., page 15.'
p.commentary(34, literature=True)                # Yad Vashem News (a periodical bulletin)
p.commentary(35, literature=True)
p.commentary(36, literature=True)                # Eichmann trial record
p.commentary(37)                                 # biographical remark, no citation
for n in range(38, 50):                          # 44: a trial document (printed record); 45, 47, 49 op. cit.
    p.commentary(n, literature=True)
p.write()
