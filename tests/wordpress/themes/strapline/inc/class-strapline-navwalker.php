<?php
/**
 * Bootstrap 5 nav walker (trimmed-down fork of wp-bootstrap-navwalker).
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

if ( ! class_exists( 'Strapline_Navwalker' ) ) {
	/**
	 * Strapline_Navwalker
	 */
	class Strapline_Navwalker extends Walker_Nav_Menu {

		/**
		 * Starts the list before the elements are added.
		 *
		 * @param string   $output Used to append additional content (passed by reference).
		 * @param int      $depth  Depth of menu item.
		 * @param stdClass $args   An object of wp_nav_menu() arguments.
		 */
		public function start_lvl( &$output, $depth = 0, $args = null ) {
			$indent  = str_repeat( "\t", $depth );
			$output .= "\n$indent<ul class=\"dropdown-menu\" role=\"menu\">\n";
		}

		/**
		 * Starts the element output.
		 *
		 * @param string   $output            Used to append additional content (passed by reference).
		 * @param WP_Post  $data_object       Menu item data object.
		 * @param int      $depth             Depth of menu item.
		 * @param stdClass $args              An object of wp_nav_menu() arguments.
		 * @param int      $current_object_id Optional. ID of the current menu item.
		 */
		public function start_el( &$output, $data_object, $depth = 0, $args = null, $current_object_id = 0 ) {
			$item   = $data_object;
			$indent = ( $depth ) ? str_repeat( "\t", $depth ) : '';

			$classes   = empty( $item->classes ) ? array() : (array) $item->classes;
			$classes[] = 'menu-item-' . $item->ID;

			$has_children = ! empty( $this->has_children );
			if ( 0 === $depth ) {
				$classes[] = 'nav-item';
			}
			if ( $has_children && 0 === $depth ) {
				$classes[] = 'dropdown';
			}
			if ( in_array( 'current-menu-item', $classes, true ) || in_array( 'current-menu-parent', $classes, true ) ) {
				$classes[] = 'active';
			}

			$class_names = implode( ' ', apply_filters( 'nav_menu_css_class', array_filter( $classes ), $item, $args, $depth ) );
			$id          = apply_filters( 'nav_menu_item_id', 'menu-item-' . $item->ID, $item, $args, $depth );

			$output .= $indent . '<li id="' . esc_attr( $id ) . '" class="' . esc_attr( $class_names ) . '">';

			$atts           = array();
			$atts['title']  = ! empty( $item->attr_title ) ? $item->attr_title : '';
			$atts['target'] = ! empty( $item->target ) ? $item->target : '';
			$atts['rel']    = ! empty( $item->xfn ) ? $item->xfn : '';
			$atts['href']   = ! empty( $item->url ) ? $item->url : '#';

			if ( $has_children && 0 === $depth ) {
				$atts['href']           = '#';
				$atts['data-bs-toggle'] = 'dropdown';
				$atts['aria-haspopup']  = 'true';
				$atts['aria-expanded']  = 'false';
				$atts['class']          = 'dropdown-toggle nav-link';
				$atts['id']             = 'menu-item-dropdown-' . $item->ID;
			} elseif ( $depth > 0 ) {
				$atts['class'] = 'dropdown-item';
			} else {
				$atts['class'] = 'nav-link';
			}

			if ( in_array( 'current-menu-item', $classes, true ) ) {
				$atts['class']       .= ' active';
				$atts['aria-current'] = 'page';
			}

			$atts = apply_filters( 'nav_menu_link_attributes', $atts, $item, $args, $depth );

			$attributes = '';
			foreach ( $atts as $attr => $value ) {
				if ( '' !== $value && null !== $value ) {
					$value       = ( 'href' === $attr ) ? esc_url( $value ) : esc_attr( $value );
					$attributes .= ' ' . $attr . '="' . $value . '"';
				}
			}

			$title = apply_filters( 'the_title', $item->title, $item->ID );
			$title = apply_filters( 'nav_menu_item_title', $title, $item, $args, $depth );

			$item_output  = is_object( $args ) ? $args->before : '';
			$item_output .= '<a' . $attributes . '>';
			$item_output .= ( is_object( $args ) ? $args->link_before : '' ) . $title . ( is_object( $args ) ? $args->link_after : '' );
			$item_output .= '</a>';
			$item_output .= is_object( $args ) ? $args->after : '';

			$output .= apply_filters( 'walker_nav_menu_start_el', $item_output, $item, $depth, $args );
		}

		/**
		 * Menu fallback: lists the site's pages as nav-links.
		 *
		 * @param array $args wp_nav_menu() arguments.
		 */
		public static function fallback( $args ) {
			$args = (array) $args;

			$out  = '<ul id="' . esc_attr( $args['menu_id'] ?? 'main-menu' ) . '" class="' . esc_attr( $args['menu_class'] ?? 'navbar-nav' ) . '">';
			$out .= '<li class="nav-item' . ( is_front_page() ? ' active' : '' ) . '"><a class="nav-link" href="' . esc_url( home_url( '/' ) ) . '">' . esc_html__( 'Hem', 'strapline' ) . '</a></li>';

			$pages = get_pages(
				array(
					'parent'      => 0,
					'sort_column' => 'menu_order,post_title',
					'number'      => 6,
				)
			);
			foreach ( $pages as $page ) {
				$current = is_page( $page->ID );
				$out    .= '<li class="nav-item page_item page-item-' . (int) $page->ID . ( $current ? ' active' : '' ) . '">'
					. '<a class="nav-link' . ( $current ? ' active' : '' ) . '" href="' . esc_url( get_permalink( $page ) ) . '"' . ( $current ? ' aria-current="page"' : '' ) . '>'
					. esc_html( get_the_title( $page ) ) . '</a></li>';
			}
			$out .= '</ul>';

			if ( ! empty( $args['echo'] ) ) {
				echo $out; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				return;
			}
			return $out;
		}
	}
}
