"""Word count: string building, splitting, case folding, and dict counting.

Usage: wordcount.py [THREADS] [LINES]

A deterministic text of LINES lines is produced in CHUNKS chunks, each from its own
linear congruential generator (seeded by the chunk number): words are made of syllables,
some capitalised, some followed by punctuation. Each chunk is generated, split into words,
normalised (strip punctuation, lower-case) and counted into a local dict; the main thread
merges the chunk dicts in chunk order. THREADS threads take chunks round-robin; the result
does not depend on THREADS (no str hashes are printed: they change per process).
Prints one line.
"""
import sys
import threading

CHUNKS = 40
SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "do", "ni", "qua",
             "ber", "zo", "pha", "ti", "mon", "el", "ur", "gri", "sto", "an"]
PUNCT = ["", "", "", "", ",", ".", ";", "!", "?", ":"]


def make_vocabulary(size):
    words = []
    for i in range(size):
        k = i
        parts = []
        while True:
            parts.append(SYLLABLES[k % len(SYLLABLES)])
            k //= len(SYLLABLES)
            if k == 0:
                break
        words.append("".join(parts))
    return words


VOCAB = make_vocabulary(5000)


def make_lines(seed, count):
    state = seed * 2654435761 % 4294967296 + 1
    lines = []
    for _ in range(count):
        words = []
        for _ in range(12):
            state = (state * 1103515245 + 12345) % 2147483648
            r = state >> 4
            # Skewed towards small indices: the product of two roughly uniform draws.
            w = VOCAB[(r % 5000) * (r // 5000 % 5000) // 5000]
            if r & 7 == 0:
                w = w.capitalize()
            elif r & 31 == 1:
                w = w.upper()
            words.append(w + PUNCT[(r >> 3) % len(PUNCT)])
        lines.append(" ".join(words))
    return lines


def count_chunk(seed, count):
    counts = {}
    for line in make_lines(seed, count):
        for word in line.split():
            word = word.strip(",.;!?:").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def main(threads, nlines):
    size = nlines // CHUNKS
    results = [None] * CHUNKS

    def worker(tid):
        for c in range(tid, CHUNKS, threads):
            results[c] = count_chunk(c, size)

    workers = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    total = {}
    for counts in results:
        for word, n in counts.items():
            total[word] = total.get(word, 0) + n
    top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    weight = sum(len(w) * n for w, n in total.items())
    print("wordcount %d distinct %d words %d weight %d top %s" % (
        size * CHUNKS, len(total), sum(total.values()), weight,
        " ".join("%s=%d" % kv for kv in top)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1,
     int(sys.argv[2]) if len(sys.argv) > 2 else 100000)
