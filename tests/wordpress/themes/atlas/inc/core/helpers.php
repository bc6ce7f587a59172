<?php
/**
 * Helper functions used by the templates and the markup hooks.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Returns the sidebar layout of the current view.
 *
 * @return string right-sidebar | left-sidebar | no-sidebar
 */
function atlas_get_layout() {
	$layout = atlas_get_option( 'site_layout' );

	if ( is_singular( 'post' ) && 'default' !== atlas_get_option( 'single_layout' ) ) {
		$layout = atlas_get_option( 'single_layout' );
	} elseif ( is_page() && 'default' !== atlas_get_option( 'page_layout' ) ) {
		$layout = atlas_get_option( 'page_layout' );
	} elseif ( is_404() ) {
		$layout = 'no-sidebar';
	}

	if ( ! in_array( $layout, array( 'right-sidebar', 'left-sidebar', 'no-sidebar' ), true ) ) {
		$layout = 'right-sidebar';
	}

	/**
	 * Filters the layout of the current view.
	 *
	 * @param string $layout Layout slug.
	 */
	return apply_filters( 'atlas_layout', $layout );
}

/**
 * Body classes.
 *
 * @param array $classes Classes for the body element.
 * @return array
 */
function atlas_body_classes( $classes ) {
	$classes[] = 'atlas-theme';
	$classes[] = 'atlas-' . atlas_get_layout();

	if ( ! is_singular() ) {
		$classes[] = 'hfeed';
		$classes[] = 'atlas-archive-view';
	}

	if ( is_singular( 'post' ) ) {
		$classes[] = 'atlas-single-post';
	}

	if ( atlas_show_page_title_bar() ) {
		$classes[] = 'atlas-has-title-bar';
	}

	return $classes;
}
add_filter( 'body_class', 'atlas_body_classes' );

/**
 * Post classes.
 *
 * @param array $classes Classes for the article element.
 * @return array
 */
function atlas_post_classes( $classes ) {
	if ( ! is_admin() ) {
		$classes[] = 'atlas-article';
		if ( ! has_post_thumbnail() || post_password_required() ) {
			$classes[] = 'atlas-no-thumbnail';
		}
	}
	return $classes;
}
add_filter( 'post_class', 'atlas_post_classes' );

/**
 * Whether the page title bar (hero) is displayed on the current view.
 *
 * Single posts print their title inside the article, every other view
 * gets the title bar.
 *
 * @return bool
 */
function atlas_show_page_title_bar() {
	$show = atlas_get_option( 'page_title_bar' ) && ! is_singular( 'post' ) && ! is_attachment();

	/**
	 * Filters whether the page title bar is shown.
	 *
	 * @param bool $show Whether to show it.
	 */
	return (bool) apply_filters( 'atlas_show_page_title_bar', $show );
}

/**
 * Estimated reading time of a post, in minutes.
 *
 * @param int|WP_Post|null $post Post.
 * @return int
 */
function atlas_get_reading_time( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return 0;
	}

	$text  = excerpt_remove_blocks( strip_shortcodes( $post->post_content ) );
	$text  = wp_strip_all_tags( $text );
	$words = preg_split( '/\s+/u', trim( $text ), -1, PREG_SPLIT_NO_EMPTY );
	$count = is_array( $words ) ? count( $words ) : 0;

	/**
	 * Filters the reading speed used for the estimate.
	 *
	 * @param int $wpm Words per minute.
	 */
	$wpm = max( 1, (int) apply_filters( 'atlas_reading_words_per_minute', 200 ) );

	return max( 1, (int) ceil( $count / $wpm ) );
}

/**
 * Word count of a post's content (used by the schema graph).
 *
 * @param int|WP_Post|null $post Post.
 * @return int
 */
function atlas_get_word_count( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return 0;
	}
	$text  = wp_strip_all_tags( excerpt_remove_blocks( strip_shortcodes( $post->post_content ) ) );
	$words = preg_split( '/\s+/u', trim( $text ), -1, PREG_SPLIT_NO_EMPTY );
	return is_array( $words ) ? count( $words ) : 0;
}

/**
 * Whether the post was modified after it was published.
 *
 * @param int|WP_Post|null $post Post.
 * @return bool
 */
function atlas_post_was_updated( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return false;
	}

	$published = (int) get_post_time( 'U', true, $post );
	$modified  = (int) get_post_modified_time( 'U', true, $post );

	/**
	 * Filters how many seconds after publication a change counts as an update.
	 *
	 * @param int $threshold Seconds.
	 */
	$threshold = (int) apply_filters( 'atlas_updated_threshold', 0 );

	return $modified > $published + $threshold;
}

/**
 * The first category of a post (with the deepest one preferred), for breadcrumbs.
 *
 * @param int|WP_Post|null $post Post.
 * @return WP_Term|null
 */
function atlas_get_primary_category( $post = null ) {
	$post = get_post( $post );
	if ( ! $post ) {
		return null;
	}

	$categories = get_the_category( $post->ID );
	if ( empty( $categories ) ) {
		return null;
	}

	$primary = $categories[0];
	$depth   = count( get_ancestors( $primary->term_id, 'category', 'taxonomy' ) );

	foreach ( $categories as $category ) {
		$category_depth = count( get_ancestors( $category->term_id, 'category', 'taxonomy' ) );
		if ( $category_depth > $depth ) {
			$primary = $category;
			$depth   = $category_depth;
		}
	}

	/**
	 * Filters the primary category used by the breadcrumbs.
	 *
	 * @param WP_Term $primary Category.
	 * @param WP_Post $post    Post.
	 */
	return apply_filters( 'atlas_primary_category', $primary, $post );
}
