# Bound methods (Python and native) compare equal when they bind the same function to the
# same receiver, hash consistently (also with an unhashable receiver), and dataclass field
# metadata is a read-only mappingproxy.
import dataclasses
import types


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, Box) and other.v == self.v

    __hash__ = None


a, b = Box(1), Box(1)
print(a.get == a.get, a.get == b.get, a.get != a.get, a == b)
print(hash(a.get) == hash(a.get))
lst = []
print(lst.append == lst.append, lst.append == [].append, len == len, (1).__add__ == (1).__add__)
print(hash(lst.append) == hash(lst.append), {lst.append: 1}[lst.append])
print(object().__str__ == object().__str__, str.upper == str.upper, dict.fromkeys == dict.fromkeys)
handlers = {a.get: 'a'}
print(handlers.get(a.get), handlers.get(b.get))


@dataclasses.dataclass
class Item:
    name: str = dataclasses.field(metadata={'unit': 'kg'})
    qty: int = 0


f_name, f_qty = dataclasses.fields(Item)
print(f_name.metadata, f_qty.metadata, type(f_qty.metadata).__name__)
print(f_name.metadata['unit'], isinstance(f_name.metadata, types.MappingProxyType))
try:
    f_name.metadata['unit'] = 'g'
except TypeError as e:
    print('TypeError:', e)
