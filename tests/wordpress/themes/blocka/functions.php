<?php
/**
 * blocka – klassiskt tema i Blocksy 2-stil (Creative Themes) för VD-bloggen.
 *
 * All synlig text är hårdkodad på svenska (inga .mo-filer).
 * Komponenterna ligger i inc/ och efterliknar Blocksys egna helpers
 * (blocksy_post_meta, blocksy_output_hero_section, blocksy_related_posts …).
 *
 * @package blocka
 */

if (! defined('ABSPATH')) {
	exit;
}

define('BLOCKA_VERSION', '2.0.70');

add_action('after_setup_theme', function () {
	add_theme_support('automatic-feed-links');
	add_theme_support('title-tag');
	add_theme_support('post-thumbnails');
	add_theme_support('responsive-embeds');
	add_theme_support('align-wide');
	add_theme_support('wp-block-styles');
	add_theme_support(
		'html5',
		[
			'search-form',
			'comment-form',
			'comment-list',
			'gallery',
			'caption',
			'style',
			'script',
			'navigation-widgets',
		]
	);

	register_nav_menus([
		'menu_1' => 'Huvudmeny',
		'menu_mobile' => 'Mobilmeny',
		'footer' => 'Sidfotsmeny',
	]);
});

add_action('widgets_init', function () {
	$common = [
		'before_widget' => '<div class="ct-widget is-layout-flow %2$s" id="%1$s">',
		'after_widget' => '</div>',
		'before_title' => '<h3 class="widget-title">',
		'after_title' => '</h3>',
	];

	register_sidebar(array_merge($common, [
		'name' => 'Huvudsidofält',
		'id' => 'sidebar-1',
	]));

	for ($i = 1; $i <= 3; $i++) {
		register_sidebar(array_merge($common, [
			'name' => 'Sidfot – widgetområde ' . $i,
			'id' => 'ct-footer-sidebar-' . $i,
		]));
	}
});

add_action('wp_enqueue_scripts', function () {
	wp_enqueue_style('ct-main-styles', get_stylesheet_uri(), [], BLOCKA_VERSION);

	if (is_singular() && comments_open() && get_option('thread_comments')) {
		wp_enqueue_script('comment-reply');
	}
});

/**
 * Blocksy prints its "prefix" on body (data-prefix) and decides most
 * defaults from it.
 */
function blocka_get_prefix() {
	if (is_page()) {
		return 'single_page';
	}

	if (is_singular()) {
		return 'single_blog_post';
	}

	if (is_search()) {
		return 'search';
	}

	if (is_author()) {
		return 'author';
	}

	if (is_home()) {
		return 'blog';
	}

	return 'categories';
}

function blocka_attr_to_html($attrs) {
	$out = [];

	foreach ($attrs as $key => $value) {
		if ($value === null || $value === false) {
			continue;
		}

		$out[] = esc_attr($key) . '="' . esc_attr($value) . '"';
	}

	return implode(' ', $out);
}

function blocka_html_tag($tag, $attrs = [], $content = '') {
	$attrs_html = blocka_attr_to_html($attrs);

	return '<' . $tag . ($attrs_html ? ' ' . $attrs_html : '') . '>' . $content . '</' . $tag . '>';
}

/**
 * Schema.org attributes, as blocksy_schema_org_definitions() prints them
 * when "Schema.org Markup" is on (the default).
 */
function blocka_schema($place, $as_array = false) {
	$map = [
		'headline' => ['itemprop' => 'headline'],
		'author' => [
			'itemprop' => 'author',
			'itemscope' => '',
			'itemtype' => 'https://schema.org/Person',
		],
		'author_name' => ['itemprop' => 'name'],
		'author_url' => ['itemprop' => 'url'],
		'publish_date' => ['itemprop' => 'datePublished'],
		'modified_date' => ['itemprop' => 'dateModified'],
		'comment' => [
			'itemprop' => 'comment',
			'itemscope' => '',
			'itemtype' => 'https://schema.org/Comment',
		],
		'entry_content' => ['itemprop' => 'text'],
		'name' => ['itemprop' => 'name'],
		'url' => ['itemprop' => 'url'],
		'creative_work' => [
			'itemscope' => 'itemscope',
			'itemtype' => 'https://schema.org/CreativeWork',
		],
		'header' => [
			'itemscope' => '',
			'itemtype' => 'https://schema.org/WPHeader',
		],
		'footer' => [
			'itemscope' => '',
			'itemtype' => 'https://schema.org/WPFooter',
		],
		'sidebar' => [
			'itemtype' => 'https://schema.org/WPSideBar',
			'itemscope' => 'itemscope',
		],
		'navigation' => [
			'itemscope' => '',
			'itemtype' => 'https://schema.org/SiteNavigationElement',
		],
		'organization' => [
			'itemscope' => 'itemscope',
			'itemtype' => 'https://schema.org/Organization',
		],
	];

	$result = isset($map[$place]) ? $map[$place] : [];

	if ($as_array) {
		return $result;
	}

	return blocka_attr_to_html($result);
}

function blocka_body_attr() {
	$attrs = [
		'data-link' => 'type-2',
		'data-prefix' => blocka_get_prefix(),
		'data-header' => 'type-1',
		'data-footer' => 'type-1',
		'itemscope' => 'itemscope',
		'itemtype' => is_page() ? 'https://schema.org/WebPage' : 'https://schema.org/Blog',
	];

	return blocka_attr_to_html($attrs);
}

/**
 * blocksy_simple_image() / blocksy_media() look-alike.
 */
function blocka_media($attachment_id, $args = []) {
	$args = wp_parse_args($args, [
		'tag_name' => 'div',
		'class' => '',
		'size' => 'medium_large',
		'ratio' => 'original',
		'html_atts' => [],
		'inner_content' => '',
		'img_class' => '',
	]);

	if (! $attachment_id) {
		return '';
	}

	$img_atts = [
		'loading' => 'lazy',
	];

	if ($args['img_class']) {
		$img_atts['class'] = $args['img_class'];
	}

	if ($args['ratio'] !== 'original') {
		$img_atts['style'] = 'aspect-ratio: ' . $args['ratio'] . ';';
	}

	$image = wp_get_attachment_image($attachment_id, $args['size'], false, $img_atts);

	if (! $image) {
		return '';
	}

	$attrs = array_merge(
		['class' => trim('ct-media-container ' . $args['class'])],
		$args['html_atts']
	);

	return blocka_html_tag($args['tag_name'], $attrs, $image . $args['inner_content']);
}

function blocka_avatar($id_or_comment, $size, $args = []) {
	$args = wp_parse_args($args, [
		'tag_name' => 'figure',
		'class' => 'ct-media-container',
		'html_atts' => [],
		'alt' => '',
		'style_height' => false,
		'inner_content' => '',
	]);

	$url = get_avatar_url($id_or_comment, ['size' => $size * 2]);

	if (! $url) {
		return '';
	}

	$img_attrs = [
		'src' => $url,
		'width' => intval($size),
		'height' => intval($size),
		'alt' => $args['alt'],
		'loading' => 'lazy',
	];

	if ($args['style_height']) {
		$img_attrs['style'] = 'height:' . intval($size) . 'px';
	} else {
		$img_attrs['style'] = 'aspect-ratio: 1/1;';
	}

	$img = '<img ' . blocka_attr_to_html($img_attrs) . '>';

	return blocka_html_tag(
		$args['tag_name'],
		array_merge(['class' => $args['class']], $args['html_atts']),
		$img . $args['inner_content']
	);
}

/**
 * Swedish plural helpers (hard-coded, no .mo files).
 */
function blocka_comments_text($number) {
	$number = intval($number);

	if ($number === 1) {
		return '1 kommentar';
	}

	return $number . ' kommentarer';
}

require get_template_directory() . '/inc/post-meta.php';
require get_template_directory() . '/inc/hero.php';
require get_template_directory() . '/inc/single-elements.php';
require get_template_directory() . '/inc/comments-helpers.php';
require get_template_directory() . '/inc/listing.php';
require get_template_directory() . '/inc/chrome.php';
