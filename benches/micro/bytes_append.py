b = b''
for i in range(50000):
    b += b'abcdefgh'
print(len(b))
ba = b''
for i in range(50000):
    ba = ba + b'xy'
print(len(ba))
