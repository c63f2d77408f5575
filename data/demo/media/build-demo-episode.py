#!/usr/bin/env python3
"""Builds demo-episode.mp3, the demo atlas's one audio file: a synthetic voice (eSpeak NG) reading the text below,
encoded with LAME. It is not a recording of anyone; its transcript is exactly this text. Prints each part's start,
in seconds, for the segments of data/demo/publications.json. Needs: apt-get install espeak-ng lame."""
import os, subprocess, tempfile, wave

PARTS = [
    ("Introduction",
     "This is a synthetic demonstration episode of the Social Protection Map, read by a speech synthesiser. "
     "It is not a recording by WIEGO or by anyone else. It shows how an episode is cut into parts, "
     "each linked to a place on the map."),
    ("Child-care guidelines for Accra's markets",
     "Part one. Child-care guidelines for Accra's markets. This part is linked to an observation in Accra, Ghana. "
     "Open its page to read what the source says, and follow the link to the source itself."),
    ("Head porters and the National Health Insurance Scheme in Accra",
     "Part two. Head porters, known as kayayei, and the National Health Insurance Scheme in Accra. "
     "This part is linked to another observation in Accra. Its page names the source."),
    ("Ghana",
     "Part three. Ghana. This part is linked to the country page of Ghana, with its social protection schemes, "
     "its observations, and its briefs and podcasts. This is the end of the demonstration episode."),
]
GAP = 0.8  # seconds of silence after each part

here = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryDirectory() as tmp:
    frames, rate, start = b"", None, 0.0
    for i, (title, text) in enumerate(PARTS):
        path = os.path.join(tmp, f"{i}.wav")
        subprocess.run(["espeak-ng", "-v", "en-gb", "-s", "150", "-w", path, text], check=True)
        with wave.open(path) as w:
            rate, width = w.getframerate(), w.getsampwidth()
            data = w.readframes(w.getnframes())
        print(f"{int(start)}\t{title}")
        frames += data + b"\0" * int(GAP * rate) * width
        start += len(data) / width / rate + GAP
    joined = os.path.join(tmp, "episode.wav")
    with wave.open(joined, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(rate)
        w.writeframes(frames)
    subprocess.run(["lame", "--quiet", "-m", "m", "-b", "32", "--tt", "Synthetic demo episode (speech synthesiser)",
                    "--ta", "Social Protection Map (demo)", joined, os.path.join(here, "demo-episode.mp3")], check=True)
    print(f"duration\t{int(round(start))}")
