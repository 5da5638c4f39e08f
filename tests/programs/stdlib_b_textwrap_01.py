# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options
import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 5
print(textwrap.wrap(s, 30))
print(textwrap.fill("well-known e-mail addresses and a self-contained over-the-top example--with dashes -- here", 20))
print(textwrap.fill("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("a-b-c-d long-hyphenated-word-here x", 8))
print(textwrap.shorten("Hello  world!  This is a long sentence", width=20))
print(textwrap.shorten("Hello world", width=11), textwrap.shorten("Hi there everybody", 12, placeholder='...'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      \t
    end
''')))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("    x\n  y\n")))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n  \nb", "+", lambda l: True))
print(textwrap.wrap("one\ttwo\nthree", 5), textwrap.wrap("", 5), textwrap.wrap("   ", 5))
w = textwrap.TextWrapper(width=25, initial_indent="* ", subsequent_indent="  ", max_lines=2)
print(w.fill("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."))
print(textwrap.fill("End. Next sentence! Yes? no", 40, fix_sentence_endings=True))
print(textwrap.wrap("abc--def ghi---jkl m--n", 6), textwrap.wrap("123-456-789 a-1b", 5))
