<?php
/**
 * Brödsmulor (entry-crumbs) med BreadcrumbList som JSON-LD i sidfoten.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Bygger brödsmulornas delar: array av [titel, url|null, title-attribut].
 *
 * @return array<int, array{0:string,1:?string,2:string}>
 */
function tidning_breadcrumb_items() {
	$items = array();

	if ( is_single() ) {
		$cats = get_the_category( get_queried_object_id() );
		if ( ! empty( $cats ) ) {
			$cat     = $cats[0];
			$parents = array_reverse( get_ancestors( $cat->term_id, 'category' ) );
			foreach ( $parents as $parent_id ) {
				$parent  = get_category( $parent_id );
				$items[] = array( $parent->name, get_category_link( $parent ), sprintf( 'Visa alla inlägg i %s', $parent->name ) );
			}
			$items[] = array( $cat->name, get_category_link( $cat ), sprintf( 'Visa alla inlägg i %s', $cat->name ) );
		}
		$items[] = array( wp_strip_all_tags( get_the_title( get_queried_object_id() ) ), null, '' );
	} elseif ( is_page() ) {
		$page = get_queried_object();
		foreach ( array_reverse( get_post_ancestors( $page ) ) as $ancestor ) {
			$items[] = array( wp_strip_all_tags( get_the_title( $ancestor ) ), get_permalink( $ancestor ), '' );
		}
		$items[] = array( wp_strip_all_tags( get_the_title( $page ) ), null, '' );
	} elseif ( is_category() ) {
		$cat = get_queried_object();
		foreach ( array_reverse( get_ancestors( $cat->term_id, 'category' ) ) as $parent_id ) {
			$parent  = get_category( $parent_id );
			$items[] = array( $parent->name, get_category_link( $parent ), sprintf( 'Visa alla inlägg i %s', $parent->name ) );
		}
		$items[] = array( $cat->name, null, '' );
	} elseif ( is_tag() ) {
		$items[] = array( 'Taggar', null, '' );
		$items[] = array( single_tag_title( '', false ), null, '' );
	} elseif ( is_author() ) {
		$items[] = array( 'Skribenter', null, '' );
		$items[] = array( get_the_author_meta( 'display_name', get_queried_object_id() ), null, '' );
	} elseif ( is_search() ) {
		$items[] = array( 'Sök', null, '' );
	} elseif ( is_day() ) {
		$items[] = array( get_the_date( 'Y' ), get_year_link( get_query_var( 'year' ) ), '' );
		$items[] = array( get_the_date( 'F' ), get_month_link( get_query_var( 'year' ), get_query_var( 'monthnum' ) ), '' );
		$items[] = array( get_the_date( 'j' ), null, '' );
	} elseif ( is_month() ) {
		$items[] = array( get_the_date( 'Y' ), get_year_link( get_query_var( 'year' ) ), '' );
		$items[] = array( get_the_date( 'F' ), null, '' );
	} elseif ( is_year() ) {
		$items[] = array( get_the_date( 'Y' ), null, '' );
	} elseif ( is_404() ) {
		$items[] = array( '404', null, '' );
	}
	return $items;
}

/**
 * Skriver ut brödsmulorna.
 */
function tidning_breadcrumbs() {
	$items = tidning_breadcrumb_items();
	if ( empty( $items ) ) {
		return;
	}
	$GLOBALS['tidning_breadcrumb_items'] = $items;

	$out   = '<div class="td-crumb-container"><div class="entry-crumbs">';
	$out  .= '<span><a title="" class="entry-crumb" href="' . esc_url( home_url( '/' ) ) . '">' . esc_html__( 'Hem', 'tidning' ) . '</a></span>';
	$last  = count( $items ) - 1;
	foreach ( $items as $i => $item ) {
		if ( $i === $last && null === $item[1] ) {
			$out .= ' <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">' . esc_html( $item[0] ) . '</span>';
		} elseif ( null === $item[1] ) {
			$out .= ' <i class="td-icon-right td-bread-sep"></i> <span>' . esc_html( $item[0] ) . '</span>';
		} else {
			$out .= ' <i class="td-icon-right td-bread-sep"></i> <span><a title="' . esc_attr( $item[2] ) . '" class="entry-crumb" href="' . esc_url( $item[1] ) . '">' . esc_html( $item[0] ) . '</a></span>';
		}
	}
	$out .= '</div></div>';
	echo $out; // phpcs:ignore WordPress.Security.EscapeOutput
}

/**
 * BreadcrumbList som JSON-LD (skrivs ut i sidfoten).
 */
function tidning_breadcrumbs_jsonld() {
	if ( empty( $GLOBALS['tidning_breadcrumb_items'] ) ) {
		return;
	}
	$list = array(
		array(
			'@type'    => 'ListItem',
			'position' => 1,
			'item'     => array(
				'@type' => 'WebSite',
				'@id'   => home_url( '/' ),
				'name'  => 'Hem',
			),
		),
	);
	$pos = 2;
	foreach ( $GLOBALS['tidning_breadcrumb_items'] as $item ) {
		$id = $item[1];
		if ( ! $id ) {
			$queried = get_queried_object();
			if ( is_singular() ) {
				$id = get_permalink( $queried );
			} elseif ( $queried instanceof WP_Term ) {
				$id = get_term_link( $queried );
			} elseif ( $queried instanceof WP_User ) {
				$id = get_author_posts_url( $queried->ID );
			}
		}
		$entry = array(
			'@type' => 'WebPage',
			'name'  => $item[0],
		);
		if ( $id && ! is_wp_error( $id ) ) {
			$entry = array( '@type' => 'WebPage', '@id' => $id, 'name' => $item[0] );
		}
		$list[] = array(
			'@type'    => 'ListItem',
			'position' => $pos++,
			'item'     => $entry,
		);
	}
	$data = array(
		'@context'        => 'http://schema.org',
		'@type'           => 'BreadcrumbList',
		'itemListElement' => $list,
	);
	echo '<script type="application/ld+json">' . wp_json_encode( $data, JSON_HEX_TAG ) . '</script>' . "\n";
}
add_action( 'wp_footer', 'tidning_breadcrumbs_jsonld', 30 );
