import uuid, secrets
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.bytes, u.bytes_le)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
u4 = uuid.uuid4(); print(u4.version, len(str(u4)), u4 == uuid.UUID(str(u4)), uuid.UUID(bytes=u4.bytes) == u4)
u1 = uuid.uuid1(); print(u1.version, u1.variant)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, sorted([uuid.UUID(int=5), uuid.UUID(int=3)]))
try: uuid.UUID("bad")
except ValueError as e: print(e)
try: u.x = 1
except TypeError as e: print(e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)) >= 20, secrets.compare_digest("a", "a"), secrets.compare_digest(b"a", b"b"))
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.randbits(8) < 256)
ids = {uuid.uuid4() for _ in range(100)}; print(len(ids))
