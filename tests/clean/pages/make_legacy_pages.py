#!/usr/bin/env python3
"""Writes the test pages stored in legacy encodings (windows-1252, windows-1258).

The pages are kept as bytes in the repository; this script documents how they were made and
rebuilds them: python3 make_legacy_pages.py (in this folder).
"""
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(s):
    """Windows-1258 writes Vietnamese tones as combining marks after a (possibly accented) base."""
    out = bytearray()
    for ch in s:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = [c for c in d if c in TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += base.encode("cp1258") + "".join(tone).encode("cp1258")
    return bytes(out)


CP1258_PAGE = """<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=windows-1258">
<title>Defence officials of Viet Nam and Cambodia review border cooperation - Frontier News</title>
<link rel="stylesheet" href="/css/site.css">
</head>
<body>
<div id="wrap">
<div id="head"><h1 class="logo"><a href="/">Frontier News</a></h1>
<div id="topnav"><a href="/">Home</a> | <a href="/national">National</a> | <a href="/defence">Defence</a> | <a href="/border">Border</a> | <a href="/provinces">Provinces</a> | <a href="/en">English</a></div></div>
<div id="body">
<div id="left">
<h2 class="title">Defence officials of Viet Nam and Cambodia review border cooperation</h2>
<div class="date">Updated: 09:15 | 26/09/2025</div>
<div id="content">
Senior Lieutenant General Nguyễn Văn Hiền of Viet Nam and General Sok Vanna of Cambodia co-chaired a meeting in Tây Ninh on September 25 to review cooperation between the border guard forces of the two countries.<br><br>
The two sides said that patrols along the shared border had been carried out as planned in the first nine months of the year, and that the exchange of information on smuggling and illegal crossings had improved.<br><br>
<a href="/border/hotline-opens.html">See also: Border hotline opens in Long An</a><br><br>
General Hiền proposed that the two forces continue joint patrols in the rainy season and hold a joint drill on search and rescue along the Mekong before the end of the year. He also suggested more exchanges between young officers of the two forces.<br><br>
General Sok Vanna thanked the Vietnamese side for its support in training and equipment, and agreed to hold the next review meeting in Svay Rieng province in March 2026.<br><br>
After the meeting, the delegations visited the Mộc Bài border gate, where they were briefed on the handling of goods and travellers.
</div>
<div class="tools"><a href="#" onclick="window.print()">Print</a> | <a href="mailto:">Email</a> | <a href="#top">Back to top</a></div>
<div class="box-more">
<div class="box-head">You may also like</div>
<a class="card" href="/defence/a.html"><h3>Engineers complete new bridge over the Vàm Cỏ river</h3><p>The bridge will shorten the journey between two border districts by almost an hour, local officials said at the opening ceremony.</p></a>
<a class="card" href="/defence/b.html"><h3>Province hands over houses to families of veterans</h3><p>Forty families received new houses built with donations from businesses and the provincial military command.</p></a>
<a class="card" href="/defence/c.html"><h3>Border guards seize smuggled sugar in night raid</h3><p>More than three tonnes of sugar were found on two boats crossing the river without papers, the border guard command said.</p></a>
</div>
</div>
<div id="right">
<div class="poll"><b>Poll</b><p>How do you usually read the news?</p><p><input type="radio" name="p"> Newspaper <input type="radio" name="p"> Website <input type="radio" name="p"> Social media</p><p><input type="submit" value="Vote"></p></div>
<div class="links"><b>Useful links</b><br><a href="http://gov.example">Government portal</a><br><a href="http://mod.example">Ministry of Defence</a><br><a href="http://bg.example">Border Guard Command</a></div>
</div>
</div>
<div id="foot">Frontier News - Licence 45/GP. Editor in chief: Example Name. Address: 10 Example Street, Tây Ninh.</div>
</div>
</body>
</html>
"""

if __name__ == "__main__":
    with open("br_paragraphs_cp1258.html", "wb") as f:
        f.write(to_cp1258(CP1258_PAGE))
