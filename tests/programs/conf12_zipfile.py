# zipfile: writing stored and deflated members to a BytesIO and to a file, reading them
# back, ZipInfo fields and reprs, printdir, open() for reading and writing, append mode,
# extractall, errors. Deflated sizes are not printed (they depend on zlib's exact output).
import io, os, tempfile, zipfile

buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    zi = zipfile.ZipInfo("hello.txt", date_time=(2020, 5, 17, 12, 30, 44))
    zi.external_attr = 0o644 << 16
    zf.writestr(zi, "Hello, zip!\n")
    zi = zipfile.ZipInfo("dir/data.bin", date_time=(2021, 1, 2, 3, 4, 5))
    zf.writestr(zi, bytes(range(10)))
    zi = zipfile.ZipInfo("big.txt", date_time=(2022, 12, 31, 23, 59, 58))
    zf.writestr(zi, "line %d\n" * 0 + "".join("line %d\n" % i for i in range(200)),
                compress_type=zipfile.ZIP_DEFLATED)
    zi = zipfile.ZipInfo("empty/", date_time=(2020, 1, 1, 0, 0, 0))
    zi.external_attr = (0o40755 << 16) | 0x10
    zf.writestr(zi, b"")
    zf.comment = b"archive comment"
    print(repr(zf)[:40])
data = buf.getvalue()
print(data[:4], data[-17:-15], len(zipfile.ZipFile(io.BytesIO(data)).namelist()))
print(zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b"not a zip")))

with zipfile.ZipFile(io.BytesIO(data)) as zf:
    print(zf.namelist(), zf.comment)
    for info in zf.infolist():
        print(info.filename, info.date_time, info.file_size, info.CRC, info.compress_type,
              info.is_dir(), oct(info.external_attr >> 16))
    print(repr(zf.getinfo("hello.txt")), repr(zf.getinfo("dir/data.bin")))
    print(repr(zf.getinfo("empty/")))
    zf.printdir()
    print(zf.read("hello.txt"), zf.read("dir/data.bin"), zf.read("big.txt").count(b"\n"))
    with zf.open("big.txt") as f:
        print(f.readline(), f.read(7), f.tell())
        print(sum(1 for _ in f))
    print(zf.testzip())
    try:
        zf.read("missing.txt")
    except KeyError as e:
        print("KeyError", e)
    try:
        zf.writestr("x", "y")
    except ValueError as e:
        print("ValueError", e)

d = tempfile.mkdtemp()
path = os.path.join(d, "out.zip")
src = os.path.join(d, "src.txt")
with open(src, "w") as f:
    f.write("from a file\n")
with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.write(src, "copied.txt")
    zf.mkdir("made")
    try:
        zipfile.ZipInfo("x").CRC
    except AttributeError as e:
        print("AttributeError", e)
    with zf.open("written.txt", "w") as w:
        w.write(b"written through open\n")
with zipfile.ZipFile(path, "a") as zf:
    zf.writestr(zipfile.ZipInfo("appended.txt", (2000, 2, 29, 1, 2, 4)), "appended")
with zipfile.ZipFile(path) as zf:
    print(zf.namelist(), [i.compress_type for i in zf.infolist()])
    print(zf.read("copied.txt"), zf.read("written.txt"), zf.read("appended.txt"))
    out = os.path.join(d, "extracted")
    zf.extractall(out)
    print(sorted(os.listdir(out)), open(os.path.join(out, "copied.txt")).read(), end="")
    print(os.path.basename(zf.extract("appended.txt", os.path.join(d, "one"))))
zf.close()
print(repr(zf))
try:
    zf.read("copied.txt")
except ValueError as e:
    print("ValueError", e)

for bad in [lambda: zipfile.ZipFile(io.BytesIO(b"garbage" * 10)), lambda: zipfile.ZipFile(path, "q"),
            lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0)),
            lambda: zipfile.ZipFile(io.BytesIO(), "w", compression=99)]:
    try:
        bad()
    except (zipfile.BadZipFile, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
corrupt = bytearray(data)
corrupt[data.index(b"Hello")] ^= 0xFF
try:
    zipfile.ZipFile(io.BytesIO(bytes(corrupt))).read("hello.txt")
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
print(zipfile.ZipFile(io.BytesIO(bytes(corrupt))).testzip())
