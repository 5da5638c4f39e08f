# pickle.dumps/loads of built-in types only (pyperformance pickle/unpickle style data).
import pickle, random
random.seed(5)
DICT = {'ads_flags': 0, 'age': 18, 'bulletin_count': 0, 'comment_count': 0, 'country': 'BR',
        'encrypted_id': 'G9urXXAJwjE', 'favorite_artists': ["Rick Astley", "Nirvana", "Queen"],
        'gender': 'm', 'gifts': [{'id': i, 'from': 'u%d' % i, 'x': i * 0.25} for i in range(20)],
        'group_ids': list(range(60)), 'name': 'Abc Dé €', 'score': 12345678901234, 'ratio': 0.75,
        'flags': (True, False, None)}
TUPLE = ([random.randrange(1 << 30) for _ in range(300)], 60, 'tuple', 1.5)
GROUP = [dict(DICT, age=i) for i in range(3)]
n = 0
for i in range(1500):
    for obj in (DICT, TUPLE, GROUP):
        for proto in (2, pickle.HIGHEST_PROTOCOL):
            s = pickle.dumps(obj, proto)
            n += len(s) + len(pickle.loads(s))
print(n)
