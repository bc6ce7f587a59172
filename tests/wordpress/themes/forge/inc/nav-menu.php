<?php
/**
 * Nav Menu-widgeten: samma klasser på länkarna som Elementor Pro sätter
 * (elementor-item / elementor-sub-item / elementor-item-active), och en
 * reservmeny med sidorna om ingen meny är vald.
 *
 * @package Forge
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Klasser och tabindex på menylänkar.
 *
 * @param array    $atts  Attribut.
 * @param WP_Post  $item  Menyobjekt.
 * @param stdClass $args  wp_nav_menu-argument.
 * @param int      $depth Djup.
 * @return array
 */
function forge_nav_menu_link_attributes( $atts, $item, $args, $depth ) {
	if ( empty( $args->forge_widget ) ) {
		return $atts;
	}

	$classes = $depth ? array( 'elementor-sub-item' ) : array( 'elementor-item' );

	$is_anchor = isset( $atts['href'] ) && 0 === strpos( (string) $atts['href'], '#' );
	if ( $is_anchor ) {
		$classes[] = 'elementor-item-anchor';
	}

	$item_classes = empty( $item->classes ) ? array() : (array) $item->classes;
	if ( ! $is_anchor && array_intersect( array( 'current-menu-item', 'current_page_item', 'current-menu-ancestor', 'current_page_parent' ), $item_classes ) ) {
		$classes[] = $depth ? 'elementor-sub-item-active' : 'elementor-item-active';
	}

	$atts['class'] = isset( $atts['class'] ) ? $atts['class'] . ' ' . implode( ' ', $classes ) : implode( ' ', $classes );

	if ( ! empty( $args->forge_dropdown ) ) {
		$atts['tabindex'] = '-1';
	}

	return $atts;
}
add_filter( 'nav_menu_link_attributes', 'forge_nav_menu_link_attributes', 10, 4 );

/**
 * Undermenyer får Elementors dropdown-klass.
 *
 * @param string[] $classes Klasser.
 * @param stdClass $args    Argument.
 * @return string[]
 */
function forge_nav_menu_submenu_css_class( $classes, $args ) {
	if ( ! empty( $args->forge_widget ) ) {
		$classes[] = 'elementor-nav-menu--dropdown';
	}
	return $classes;
}
add_filter( 'nav_menu_submenu_css_class', 'forge_nav_menu_submenu_css_class', 10, 2 );

/**
 * Skriver ut menyn i widgetens två varianter (main + dropdown).
 *
 * @param string $widget_id Widgetens data-id.
 * @param bool   $dropdown  Dropdown-varianten (mobil).
 */
function forge_nav_menu( $widget_id, $dropdown = false ) {
	wp_nav_menu(
		array(
			'theme_location' => 'menu-1',
			'menu_id'        => ( $dropdown ? 'menu-2-' : 'menu-1-' ) . $widget_id,
			'menu_class'     => 'elementor-nav-menu',
			'container'      => '',
			'fallback_cb'    => 'forge_nav_menu_fallback',
			'depth'          => 2,
			'forge_widget'   => $widget_id,
			'forge_dropdown' => $dropdown,
		)
	);
}

/**
 * Reservmeny: startsida + publicerade sidor på översta nivån.
 *
 * @param array $args wp_nav_menu-argument.
 */
function forge_nav_menu_fallback( $args ) {
	$args     = (array) $args;
	$tabindex = empty( $args['forge_dropdown'] ) ? '' : ' tabindex="-1"';

	$items   = array();
	$is_home = is_front_page() || ( is_home() && ! get_option( 'page_for_posts' ) );

	$items[] = sprintf(
		'<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home%1$s"><a href="%2$s"%3$s class="elementor-item%4$s"%5$s>%6$s</a></li>',
		$is_home ? ' current-menu-item' : '',
		esc_url( home_url( '/' ) ),
		$is_home ? ' aria-current="page"' : '',
		$is_home ? ' elementor-item-active' : '',
		$tabindex,
		esc_html__( 'Hem', 'forge' )
	);

	$pages = get_pages(
		array(
			'parent'      => 0,
			'sort_column' => 'menu_order,post_title',
			'number'      => 6,
		)
	);

	foreach ( $pages as $page ) {
		if ( (int) get_option( 'page_on_front' ) === (int) $page->ID ) {
			continue;
		}
		$current = is_page( $page->ID ) || ( is_home() && (int) get_option( 'page_for_posts' ) === (int) $page->ID );
		$items[] = sprintf(
			'<li class="menu-item menu-item-type-post_type menu-item-object-page page_item page-item-%1$d%2$s"><a href="%3$s"%4$s class="elementor-item%5$s"%6$s>%7$s</a></li>',
			(int) $page->ID,
			$current ? ' current-menu-item current_page_item' : '',
			esc_url( get_permalink( $page ) ),
			$current ? ' aria-current="page"' : '',
			$current ? ' elementor-item-active' : '',
			$tabindex,
			esc_html( get_the_title( $page ) )
		);
	}

	printf(
		'<ul id="%1$s" class="%2$s">%3$s</ul>',
		esc_attr( $args['menu_id'] ),
		esc_attr( $args['menu_class'] ),
		implode( "\n", $items ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	);
}

/**
 * Länkar för sidfotens Icon List-widget: menyn "Sidfotsmeny" eller sidorna.
 *
 * @return array[] Lista med [ 'url' => ..., 'title' => ... ].
 */
function forge_footer_links() {
	$links     = array();
	$locations = get_nav_menu_locations();

	if ( ! empty( $locations['footer'] ) ) {
		$items = wp_get_nav_menu_items( $locations['footer'] );
		if ( $items ) {
			foreach ( $items as $item ) {
				if ( (int) $item->menu_item_parent ) {
					continue;
				}
				$links[] = array(
					'url'   => $item->url,
					'title' => $item->title,
				);
			}
		}
	}

	if ( empty( $links ) ) {
		foreach ( get_pages( array( 'parent' => 0, 'sort_column' => 'menu_order,post_title', 'number' => 5 ) ) as $page ) {
			$links[] = array(
				'url'   => get_permalink( $page ),
				'title' => get_the_title( $page ),
			);
		}
	}

	return $links;
}
