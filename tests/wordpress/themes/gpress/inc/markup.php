<?php
/**
 * Markup: mikrodata, body-klasser, ikoner.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'generate_get_microdata' ) ) {
	/**
	 * Get the schema.org microdata for a context, GeneratePress style.
	 *
	 * @param string $context The element.
	 * @return string
	 */
	function generate_get_microdata( $context ) {
		$data = false;

		if ( 'body' === $context ) {
			$type = 'WebPage';

			if ( is_home() || is_archive() || is_attachment() || is_tax() || is_single() ) {
				$type = 'Blog';
			}

			if ( is_search() ) {
				$type = 'SearchResultsPage';
			}

			$data = sprintf( 'itemtype="https://schema.org/%s" itemscope', $type );
		}

		if ( 'header' === $context ) {
			$data = 'itemtype="https://schema.org/WPHeader" itemscope';
		}

		if ( 'navigation' === $context ) {
			$data = 'itemtype="https://schema.org/SiteNavigationElement" itemscope';
		}

		if ( 'article' === $context ) {
			$data = 'itemtype="https://schema.org/CreativeWork" itemscope';
		}

		if ( 'post-author' === $context ) {
			$data = 'itemprop="author" itemtype="https://schema.org/Person" itemscope';
		}

		if ( 'comment-body' === $context ) {
			$data = 'itemtype="https://schema.org/Comment" itemscope';
		}

		if ( 'comment-author' === $context ) {
			$data = 'itemprop="author" itemtype="https://schema.org/Person" itemscope';
		}

		if ( 'sidebar' === $context ) {
			$data = 'itemtype="https://schema.org/WPSideBar" itemscope';
		}

		if ( 'footer' === $context ) {
			$data = 'itemtype="https://schema.org/WPFooter" itemscope';
		}

		return apply_filters( "generate_{$context}_microdata", $data );
	}
}

if ( ! function_exists( 'generate_do_microdata' ) ) {
	/**
	 * Output our microdata for an element.
	 *
	 * @param string $context The element.
	 */
	function generate_do_microdata( $context ) {
		echo generate_get_microdata( $context ); // phpcs:ignore
	}
}

if ( ! function_exists( 'generate_body_classes' ) ) {
	add_filter( 'body_class', 'generate_body_classes' );
	/**
	 * Adds GeneratePress body classes.
	 *
	 * @param array $classes Existing classes.
	 * @return array
	 */
	function generate_body_classes( $classes ) {
		$classes[] = 'right-sidebar';
		$classes[] = 'nav-float-right';
		$classes[] = 'separate-containers';
		$classes[] = 'header-aligned-left';
		$classes[] = 'dropdown-hover';

		if ( is_singular() && has_post_thumbnail() ) {
			$classes[] = 'featured-image-active';
		}

		return $classes;
	}
}

if ( ! function_exists( 'generate_get_svg_icon' ) ) {
	/**
	 * Get an inline SVG icon, like GeneratePress does.
	 *
	 * @param string $icon Icon name.
	 * @return string
	 */
	function generate_get_svg_icon( $icon ) {
		$paths = array(
			'categories' => 'M0 112c0-26.51 21.49-48 48-48h110.014a48 48 0 0143.592 27.907l12.349 26.791A16 16 0 00228.486 128H464c26.51 0 48 21.49 48 48v224c0 26.51-21.49 48-48 48H48c-26.51 0-48-21.49-48-48V112z',
			'tags'       => 'M20 39.5c-8.836 0-16 7.163-16 16v176c0 4.243 1.686 8.313 4.687 11.314l224 224c6.248 6.248 16.378 6.248 22.626 0l176-176c6.244-6.244 6.25-16.364.013-22.615l-223.5-224A15.999 15.999 0 00196.5 39.5H20zm56 96c0-13.255 10.745-24 24-24s24 10.745 24 24-10.745 24-24 24-24-10.745-24-24z',
			'comments'   => 'M132.838 329.973a435.298 435.298 0 0016.769-9.004c13.363-7.574 26.587-16.142 37.419-25.507 7.544.856 15.194 1.338 22.974 1.338 99.731 0 180-71.6 180-160s-80.269-160-180-160S30 48.4 30 136.8c0 36.6 13.803 70.396 37.145 97.413C52.65 283.563 28.004 306.9 16 320c22.4 3.2 71.086 14.37 116.838 9.973z',
			'arrow-left' => 'M452.071 472.929L136.142 256 452.071 39.071l-39.071-39.071L58 256l355 256z',
			'arrow-right' => 'M59.929 39.071L375.858 256 59.929 472.929 99 512l355-256L99 0z',
		);

		if ( ! isset( $paths[ $icon ] ) ) {
			return '';
		}

		$svg = sprintf(
			'<svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="%s"></path></svg>',
			$paths[ $icon ]
		);

		return sprintf( '<span class="gp-icon icon-%1$s">%2$s</span>', esc_attr( $icon ), $svg );
	}
}

if ( ! function_exists( 'generate_do_svg_icon' ) ) {
	/**
	 * Output an SVG icon.
	 *
	 * @param string $icon Icon name.
	 */
	function generate_do_svg_icon( $icon ) {
		echo generate_get_svg_icon( $icon ); // phpcs:ignore
	}
}
