# A slot member is a data descriptor: it wins over an instance-dict entry of the same name
# in a subclass that has a __dict__.
class B:
    __slots__ = ('x', 'y')

class D(B):
    pass

d = D()
d.x = 1
d.__dict__['x'] = 5
d.__dict__['z'] = 7
print(d.x, d.z, sorted(d.__dict__.items()))
print(getattr(d, 'x'), hasattr(d, 'y'), getattr(d, 'y', 'unset'))
d.__dict__['y'] = 'dict'
try:
    print(d.y)
except AttributeError as e:
    print('AttributeError:', e)
d.y = 'slot'
print(d.y, d.__dict__['y'])
del d.x
try:
    d.x
except AttributeError as e:
    print('AttributeError:', e)
print(d.__dict__['x'])
for i in range(3):       # the attribute sites' caches must agree
    d.x = i
    print(d.x, d.__dict__['x'])

class E(D):
    __slots__ = ('w',)

e = E()
e.__dict__.update(w='dict-w', x='dict-x', q='q')
e.w = 'slot-w'
print(e.w, e.q, vars(e)['w'])
try:
    e.x
except AttributeError as err:
    print('AttributeError:', err)
