import html
print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt;caf&eacute; &amp; &#8364;5 &#x41; &copy; &unknown; &amp"))
print(html.unescape(html.escape("round & trip <ok> \"yes\" 'no'")))
