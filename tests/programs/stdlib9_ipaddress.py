import ipaddress as I

a = I.ip_address('192.168.1.10')
print(repr(a), a, int(a), a.packed, a.version, a.max_prefixlen)
print(a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_reserved, a.is_link_local)
print(a + 5, a - 10, a.reverse_pointer, a.exploded, a.compressed)
print(I.ip_address(3232235777), I.IPv4Address(b'\x7f\x00\x00\x01').is_loopback)
print(I.ip_address('8.8.8.8').is_global, I.ip_address('100.64.0.1').is_global, I.ip_address('100.64.0.1').is_private)
b = I.ip_address('2001:db8::1')
print(repr(b), b, b.exploded, b.reverse_pointer, b.is_private, b.packed.hex())
print(I.ip_address('::1').is_loopback, I.ip_address('::').is_unspecified, I.ip_address('fe80::1%eth0'), I.ip_address('fe80::1%eth0').scope_id)
print(I.ip_address('::ffff:192.168.1.1').ipv4_mapped, I.ip_address('::ffff:192.168.1.1'))
print(I.ip_address('2002:c000:0204::1').sixtofour, I.ip_address('ff02::1').is_multicast)
print(I.IPv6Address('1:0:0:2:0:0:0:3'), I.IPv6Address('0:0:1::'), I.IPv6Address('1:2:3:4:5:6:7:0'), I.IPv6Address('ABCD:0:0:0:1:0:0:0'))
print(sorted([I.ip_address('10.0.0.2'), I.ip_address('10.0.0.1'), I.ip_address('9.255.255.255')]))
print(a == I.IPv4Address('192.168.1.10'), a < I.ip_address('192.168.1.11'), a in I.ip_network('192.168.0.0/16'))
print(f'{a:b}', f'{a:#x}', f'{b:_x}', format(a, '>20s'))

n = I.ip_network('10.1.0.0/16')
print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n[0], n[-1], n[256])
print(list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=18)))
print(n.supernet(), n.supernet(new_prefix=8), n.is_private)
print(list(I.ip_network('192.168.0.0/29').hosts()), list(I.ip_network('10.0.0.0/31').hosts()), list(I.ip_network('10.0.0.7/32').hosts()))
print(list(I.ip_network('192.168.0.0/30')))
print(I.ip_network('192.168.1.5/24', strict=False), I.ip_network('10.0.0.0/255.255.255.0'), I.ip_network('10.0.0.0/0.0.0.255'))
print(I.ip_network(('10.0.0.0', 8)), I.ip_network('1.2.3.4'), I.IPv4Network(167772160))
x, y = I.ip_network('10.0.0.0/8'), I.ip_network('10.5.0.0/16')
print(x.overlaps(y), y.subnet_of(x), x.supernet_of(y), x.compare_networks(y), y.compare_networks(x))
print(list(x.address_exclude(I.ip_network('10.0.0.0/11'))))
print(list(I.ip_network('192.0.2.0/28').address_exclude(I.ip_network('192.0.2.1/32'))))
print(list(I.collapse_addresses([I.ip_network('192.0.2.0/25'), I.ip_network('192.0.2.128/25')])))
print(list(I.collapse_addresses([I.ip_address('1.1.1.0'), I.ip_address('1.1.1.1'), I.ip_address('1.1.1.2'), I.ip_address('1.1.1.3'), I.ip_address('1.1.1.5')])))
print(list(I.summarize_address_range(I.ip_address('192.0.2.0'), I.ip_address('192.0.2.130'))))
v6 = I.ip_network('2001:db8::/32')
print(v6, v6.num_addresses, v6.netmask, v6.hostmask, v6.exploded, list(v6.subnets(new_prefix=34)))
print(list(I.ip_network('2001:db8::/126').hosts()), v6.supernet(), I.ip_network('::/0').supernet())
print(sorted([I.ip_network('10.0.0.0/16'), I.ip_network('10.0.0.0/8'), I.ip_network('9.0.0.0/8')]))
print(I.get_mixed_type_key(a), I.get_mixed_type_key(n))

i = I.ip_interface('192.168.5.9/24')
print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask)
j = I.ip_interface('2001:db8::5/64')
print(repr(j), j.ip, j.network, j.exploded, j.with_netmask)
print(I.IPv4Interface('10.0.0.1') == I.IPv4Interface('10.0.0.1/32'), i == I.ip_interface('192.168.5.9/25'))
print(I.v4_int_to_packed(1), I.v6_int_to_packed(1).hex())

bad = ['I.IPv4Address("1.2.3")', 'I.IPv4Address("1.2.3.4.5")', 'I.IPv4Address("01.2.3.4")',
       'I.IPv4Address("a.2.3.4")', 'I.IPv4Address("")', 'I.IPv4Address(-1)', 'I.IPv4Address(2**32)',
       'I.IPv4Address("1.2.3.256")', 'I.IPv4Address("1..3.4")', 'I.IPv4Address("1234.1.1.1")',
       'I.IPv6Address("1:::2")', 'I.IPv6Address("1:2:3:4:5:6:7:8:9")', 'I.IPv6Address("12345::")',
       'I.IPv6Address("g::")', 'I.IPv6Address("1:2")', 'I.IPv6Address(":1:2::3")', 'I.IPv6Address("1::2:")',
       'I.IPv6Address("1:2:3:4:5:6:7::8:9")', 'I.IPv6Address("::1.2.3")', 'I.IPv6Address(b"12")',
       'I.IPv4Network("1.2.3.0/33")', 'I.IPv4Network("1.2.3.4/24")', 'I.IPv4Network("1.2.3.0/255.255.0.255")',
       'I.ip_network("x")', 'I.ip_interface("x")', 'I.ip_address("x")', 'I.ip_address(-5)', 'I.IPv6Network("::1/129")',
       'I.IPv4Address("1.2.3.4/5")', 'I.IPv4Address("1.2.3.4") < I.IPv6Address("::1")',
       'I.IPv4Address("1.2.3.4")+2**32', 'I.IPv4Network("10.0.0.0/8").subnets(prefixlen_diff=30).__next__()',
       'list(I.IPv4Network("10.0.0.0/24").subnets(new_prefix=23))', 'I.IPv4Network("10.0.0.0/8").supernet(new_prefix=9)',
       'I.IPv4Network("10.0.0.0/24")[256]', 'I.IPv6Address("1::2%")', 'I.ip_network("1.0.0.0/8/2")',
       'list(I.collapse_addresses([I.ip_address("1.1.1.1"), I.ip_address("::1")]))',
       'list(I.ip_network("10.0.0.0/8").address_exclude(I.ip_network("11.0.0.0/8")))',
       'list(I.summarize_address_range(I.ip_address("1.1.1.2"), I.ip_address("1.1.1.1")))']
for t in bad:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
