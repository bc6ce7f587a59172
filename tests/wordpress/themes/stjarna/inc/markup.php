<?php
/**
 * Markup-hjälpare i Astras anda: body-klasser, schema-attribut, artikelklasser.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Body-klasser som Astra lägger till.
 *
 * @param array $classes Klasser.
 * @return array
 */
function stjarna_body_classes( $classes ) {

	$classes[] = 'ast-desktop';
	$classes[] = 'ast-separate-container';
	$classes[] = 'ast-right-sidebar';
	$classes[] = 'astra-4.6.4';
	$classes[] = 'ast-hfb-header';

	if ( is_singular( 'post' ) ) {
		$classes[] = 'ast-blog-single-style-1';
		$classes[] = 'ast-single-post';
	}

	if ( is_singular() ) {
		$classes[] = 'ast-normal-title-enabled';
	}

	if ( is_home() || is_archive() || is_search() ) {
		$classes[] = 'ast-blog-grid-1';
	}

	$classes[] = 'ast-inherit-site-logo-transparent';
	$classes[] = 'stjarna-child';

	return $classes;
}
add_filter( 'body_class', 'stjarna_body_classes' );

/**
 * Schema på <body>, precis som astra_schema_body().
 */
function stjarna_schema_body() {

	$is_blog  = ( is_home() || is_archive() || is_attachment() || is_tax() || is_single() );
	$itemtype = 'WebPage';
	$itemtype = ( true === $is_blog ) ? 'Blog' : $itemtype;
	$itemtype = ( is_search() ) ? 'SearchResultsPage' : $itemtype;
	$result   = esc_attr( 'https://schema.org/' . $itemtype );

	echo "itemtype='" . $result . "' itemscope='itemscope'"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
}

/**
 * Artikelklasser (Astra lägger ast-article-post / ast-article-single).
 *
 * @param array $classes Klasser.
 * @return array
 */
function stjarna_post_class( $classes ) {

	if ( is_admin() ) {
		return $classes;
	}

	if ( is_singular() && in_the_loop() && get_the_ID() === get_queried_object_id() ) {
		$classes[] = 'ast-article-single';
	} elseif ( is_home() || is_archive() || is_search() ) {
		$classes[] = 'ast-col-sm-12';
		$classes[] = 'ast-article-post';
	}

	return $classes;
}
add_filter( 'post_class', 'stjarna_post_class' );

/**
 * Attribut för <article>: id, klass och CreativeWork-mikrodata.
 */
function stjarna_article_attr() {
	printf(
		'class="%1$s" id="post-%2$s" itemtype="https://schema.org/CreativeWork" itemscope="itemscope"',
		esc_attr( join( ' ', get_post_class() ) ),
		esc_attr( get_the_ID() )
	);
}

/**
 * Klasser för layout-diven inne i artikeln.
 *
 * @param string $layout t.ex. 'single-layout-1' eller 'blog-layout-1'.
 */
function stjarna_blog_layout_class( $layout ) {

	// Astra skriver formatet rått – för standardinlägg blir det "ast-post-format-".
	$classes = array( 'ast-post-format-' . get_post_format(), $layout );

	if ( 'blog-layout-1' === $layout && ( ! has_post_thumbnail() ) ) {
		$classes[] = 'ast-no-thumb';
	}

	$classes[] = 'ast-no-date-box';

	echo 'class="' . esc_attr( join( ' ', $classes ) ) . '"';
}

/**
 * "Läs mer" efter automatiskt utdrag (Astras astra_post_link).
 *
 * @param string $output_filter Standard.
 * @return string
 */
function stjarna_post_link( $output_filter = '' ) {

	if ( is_admin() ) {
		return $output_filter;
	}

	$read_more_text    = __( 'Läs mer &raquo;', 'stjarna' );
	$read_more_classes = '';

	$post_link = sprintf(
		esc_html( '%s' ),
		'<a class="' . esc_attr( $read_more_classes ) . '" href="' . esc_url( get_permalink() ) . '"> ' . the_title( '<span class="screen-reader-text">', '</span>', false ) . ' ' . $read_more_text . '</a>'
	);

	$output = ' &hellip;<p class="read-more"> ' . $post_link . '</p>';

	return apply_filters( 'stjarna_post_link', $output, $output_filter );
}
add_filter( 'excerpt_more', 'stjarna_post_link', 1 );

/**
 * Kortare automatiskt utdrag.
 *
 * @return int
 */
function stjarna_excerpt_length() {
	return 40;
}
add_filter( 'excerpt_length', 'stjarna_excerpt_length', 999 );
