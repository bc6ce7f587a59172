<?php
/**
 * Theme options: defaults and a single getter.
 *
 * All options are stored as theme mods prefixed with "atlas_" and read
 * through atlas_get_option(), so that defaults live in one place and can
 * be changed with the "atlas_option_defaults" filter.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Default values of every theme option.
 *
 * @return array
 */
function atlas_get_option_defaults() {
	$defaults = array(
		// Layout.
		'site_layout'            => 'right-sidebar', // right-sidebar | left-sidebar | no-sidebar.
		'single_layout'          => 'default',       // default | right-sidebar | left-sidebar | no-sidebar.
		'page_layout'            => 'default',
		'accent_color'           => '#1d5fa8',
		'container_width'        => 1200,
		'page_title_bar'         => true,

		// Blog listing.
		'archive_excerpt_length' => 28,
		'archive_read_more'      => true,

		// Single posts.
		'breadcrumbs'            => true,
		'single_featured_image'  => true,
		'single_reading_time'    => true,
		'single_updated_notice'  => true,
		'single_toc'             => true,
		'toc_min_headings'       => 2,
		'single_tags'            => true,
		'single_share'           => true,
		'single_author_box'      => true,
		'single_post_nav'        => true,
		'single_related'         => true,
		'related_count'          => 3,
		'single_newsletter'      => true,

		// Newsletter call to action (empty strings fall back to translated defaults).
		'newsletter_title'       => '',
		'newsletter_text'        => '',
		'newsletter_button'      => '',
		'newsletter_url'         => '',

		// SEO.
		'schema_markup'          => true,

		// Footer.
		'footer_copyright'       => '',
		'scroll_to_top'          => true,
	);

	/**
	 * Filters the default theme options.
	 *
	 * @param array $defaults Default options.
	 */
	return apply_filters( 'atlas_option_defaults', $defaults );
}

/**
 * Returns a theme option.
 *
 * @param string $key     Option key without the "atlas_" prefix.
 * @param mixed  $default Optional value to use instead of the registered default.
 * @return mixed
 */
function atlas_get_option( $key, $default = null ) {
	if ( null === $default ) {
		$defaults = atlas_get_option_defaults();
		$default  = isset( $defaults[ $key ] ) ? $defaults[ $key ] : false;
	}

	$value = get_theme_mod( 'atlas_' . $key, $default );

	/**
	 * Filters a single theme option.
	 *
	 * @param mixed  $value Option value.
	 * @param string $key   Option key.
	 */
	return apply_filters( "atlas_option_{$key}", $value, $key );
}
