#!/usr/bin/env bash
# Writes a WordPress export (WXR) with N posts to stdout, for timing `trustsite import wordpress` on a large site:
#   bash tests/perf/generate-wordpress-export.sh 2000 > /tmp/big.xml
#   dotnet run -c Release --project src/TrustSite.Cli -- import wordpress /tmp/big.xml --source /tmp/big-site
# Each post is block-editor content about the size of the ministry's seed article: headings, lists, a quote, and links
# to another post at its real permalink, so the timed import rewrites every one of them to a Markdown file's path.
set -euo pipefail
count="${1:-2000}"
site="https://www.renewedtrust.example"

cat <<HEAD
<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Renewed Trust</title>
  <link>${site}</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${site}</wp:base_site_url>
  <wp:base_blog_url>${site}</wp:base_blog_url>
  <wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[ana]]></wp:author_login><wp:author_display_name><![CDATA[Ana Martínez]]></wp:author_display_name></wp:author>
  <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[marriage]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Marriage]]></wp:cat_name></wp:category>
  <generator>https://wordpress.org/?v=6.4.2</generator>
HEAD

# The permalink WordPress gives post N below: /%year%/%monthnum%/%postname%/, with N's month.
permalink() {
  printf '%s/2023/%02d/post-%d/' "$site" $(( ($1 % 12) + 1 )) "$1"
}

list='<!-- wp:list -->
<ul class="wp-block-list"><!-- wp:list-item -->
<li>Stop all contact with the other person.</li>
<!-- /wp:list-item --><!-- wp:list-item -->
<li>Avoid being defensive; listen to the complaints.</li>
<!-- /wp:list-item --><!-- wp:list-item -->
<li>Be honest, always, and persist in transparency.</li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->'

for ((i = 1; i <= count; i++)); do
  # Each post links to the one before it (the first to the last), at that post's own permalink.
  other=$(( i > 1 ? i - 1 : count ))
  paragraph='<!-- wp:paragraph -->
<p>Rebuilding your partner’s trust is a demanding challenge and a slow process, but it is possible. <strong>Understanding</strong> these truths will help you stay in the attempt without fainting; read <a href="'"$(permalink "$other")"'">the article before this one</a> too.</p>
<!-- /wp:paragraph -->'
  month=$(( (i % 12) + 1 ))
  day=$(( (i % 28) + 1 ))
  date=$(printf '2023-%02d-%02d 09:00:00' "$month" "$day")
  gmt=$(printf '2023-%02d-%02d 13:00:00' "$month" "$day")
  cat <<ITEM
  <item>
    <title><![CDATA[Rebuilding trust, part ${i}]]></title>
    <link>$(permalink "$i")</link>
    <dc:creator><![CDATA[ana]]></dc:creator>
    <guid isPermaLink="false">${site}/?p=${i}</guid>
    <content:encoded><![CDATA[<!-- wp:heading -->
<h2 class="wp-block-heading">Some considerations, part ${i}</h2>
<!-- /wp:heading -->

${paragraph}

${list}

<!-- wp:heading -->
<h2 class="wp-block-heading">God and intimacy in marriage</h2>
<!-- /wp:heading -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>“They shall become one flesh” (Genesis 2.24)</p>
<!-- /wp:paragraph --></blockquote>
<!-- /wp:quote -->

${paragraph}

${list}

${paragraph}]]></content:encoded>
    <excerpt:encoded><![CDATA[Part ${i} of a series on rebuilding trust.]]></excerpt:encoded>
    <wp:post_id>${i}</wp:post_id>
    <wp:post_date><![CDATA[${date}]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
    <wp:post_modified><![CDATA[${date}]]></wp:post_modified>
    <wp:post_modified_gmt><![CDATA[${gmt}]]></wp:post_modified_gmt>
    <wp:post_name><![CDATA[post-${i}]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_parent>0</wp:post_parent>
    <wp:menu_order>0</wp:menu_order>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <wp:post_password><![CDATA[]]></wp:post_password>
    <category domain="category" nicename="marriage"><![CDATA[Marriage]]></category>
    <category domain="post_tag" nicename="trust"><![CDATA[trust]]></category>
    <wp:comment><wp:comment_id>${i}</wp:comment_id><wp:comment_author><![CDATA[María]]></wp:comment_author><wp:comment_date><![CDATA[${date}]]></wp:comment_date><wp:comment_date_gmt><![CDATA[${gmt}]]></wp:comment_date_gmt><wp:comment_content><![CDATA[Thank you for part ${i}.]]></wp:comment_content><wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type></wp:comment>
  </item>
ITEM
done
printf '</channel>\n</rss>\n'
