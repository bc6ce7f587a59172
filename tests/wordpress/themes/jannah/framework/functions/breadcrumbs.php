<?php
/**
 * Breadcrumbs function
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

if ( ! function_exists( 'tie_breadcrumbs' ) ) {

	add_action( 'TieLabs/before_archive_title', 'tie_breadcrumbs' );
	add_action( 'TieLabs/before_entry_head', 'tie_breadcrumbs' );

	function tie_breadcrumbs() {

		if ( ! tie_get_option( 'breadcrumbs' ) ) {
			return;
		}

		if ( ( is_home() || is_front_page() ) && ! is_paged() ) {
			return;
		}

		$delimiter   = '<em class="delimiter">' . tie_get_option( 'breadcrumbs_delimiter' ) . '</em>';
		$home_icon   = '<span class="tie-icon-home" aria-hidden="true"></span>';
		$before      = '<span class="current">';
		$after       = '</span>';
		$breadcrumbs = array();
		$post        = get_post();

		// Home
		$breadcrumbs[] = array(
			'url'  => home_url( '/' ),
			'name' => 'Hem',
			'icon' => $home_icon,
		);

		if ( is_category() ) {

			$category = get_queried_object();

			if ( $category instanceof WP_Term ) {
				if ( 0 !== (int) $category->parent ) {
					foreach ( array_reverse( get_ancestors( $category->term_id, 'category' ) ) as $parent_category ) {
						$breadcrumbs[] = array(
							'url'  => get_term_link( (int) $parent_category, 'category' ),
							'name' => get_cat_name( $parent_category ),
						);
					}
				}

				$breadcrumbs[] = array( 'name' => $category->name );
			}
		} elseif ( is_day() ) {

			$breadcrumbs[] = array( 'url' => get_year_link( get_the_time( 'Y' ) ), 'name' => get_the_time( 'Y' ) );
			$breadcrumbs[] = array( 'url' => get_month_link( get_the_time( 'Y' ), get_the_time( 'm' ) ), 'name' => get_the_time( 'F' ) );
			$breadcrumbs[] = array( 'name' => get_the_time( 'd' ) );

		} elseif ( is_month() ) {

			$breadcrumbs[] = array( 'url' => get_year_link( get_the_time( 'Y' ) ), 'name' => get_the_time( 'Y' ) );
			$breadcrumbs[] = array( 'name' => get_the_time( 'F' ) );

		} elseif ( is_year() ) {

			$breadcrumbs[] = array( 'name' => get_the_time( 'Y' ) );

		} elseif ( is_tag() ) {

			$breadcrumbs[] = array( 'name' => get_the_archive_title() );

		} elseif ( is_author() ) {

			$author = get_queried_object();
			$breadcrumbs[] = array( 'name' => isset( $author->display_name ) ? $author->display_name : '' );

		} elseif ( is_search() ) {

			$breadcrumbs[] = array( 'name' => sprintf( 'Sökresultat för: %s', get_search_query() ) );

		} elseif ( is_404() ) {

			$breadcrumbs[] = array( 'name' => 'Inget hittades' );

		} elseif ( is_page() && $post ) {

			if ( $post->post_parent ) {
				$parents   = array();
				$parent_id = $post->post_parent;

				while ( $parent_id ) {
					$get_page  = get_post( $parent_id );
					$parent_id = $get_page ? $get_page->post_parent : 0;

					if ( $get_page ) {
						$parents[] = array(
							'url'  => get_permalink( $get_page->ID ),
							'name' => get_the_title( $get_page->ID ),
						);
					}
				}

				foreach ( array_reverse( $parents ) as $single_page ) {
					$breadcrumbs[] = $single_page;
				}
			}

			$breadcrumbs[] = array( 'name' => get_the_title() );

		} elseif ( is_singular() && $post ) {

			if ( 'post' === get_post_type() ) {

				$category = tie_get_primary_category_id();

				if ( ! empty( $category ) ) {

					$category = get_category( $category );

					if ( 0 !== (int) $category->parent ) {
						foreach ( array_reverse( get_ancestors( $category->term_id, 'category' ) ) as $parent_category ) {
							$breadcrumbs[] = array(
								'url'  => get_term_link( (int) $parent_category, 'category' ),
								'name' => get_cat_name( $parent_category ),
							);
						}
					}

					$breadcrumbs[] = array(
						'url'  => get_term_link( $category->term_id, 'category' ),
						'name' => get_cat_name( $category->term_id ),
					);
				}
			}

			$breadcrumbs[] = array( 'name' => get_the_title() );

		} elseif ( is_archive() ) {

			$breadcrumbs[] = array( 'name' => get_the_archive_title() );
		}

		// Print the BreadCrumb
		$counter            = 0;
		$item_list_elements = array();

		echo '<nav id="breadcrumb">';

		foreach ( $breadcrumbs as $item ) {

			if ( ! isset( $item['name'] ) || '' === $item['name'] ) {
				continue;
			}

			$counter++;

			if ( ! empty( $item['url'] ) && ! is_wp_error( $item['url'] ) ) {
				$icon = ! empty( $item['icon'] ) ? $item['icon'] . ' ' : '';
				echo '<a href="' . esc_url( $item['url'] ) . '">' . $icon . $item['name'] . '</a>' . $delimiter;
			} else {
				echo $before . $item['name'] . $after;

				global $wp;
				$item['url'] = home_url( add_query_arg( array(), $wp->request ) );
			}

			$item_list_elements[] = array(
				'@type'    => 'ListItem',
				'position' => $counter,
				'item'     => array(
					'name' => $item['name'],
					'@id'  => is_wp_error( $item['url'] ) ? '' : $item['url'],
				),
			);
		}

		echo '</nav>';

		if ( tie_get_option( 'structure_data' ) ) {

			// The current (last) element is not part of the schema
			array_pop( $item_list_elements );

			if ( ! empty( $item_list_elements ) ) {
				echo '<script type="application/ld+json">' . wp_json_encode( array(
					'@context'        => 'http://schema.org',
					'@type'           => 'BreadcrumbList',
					'@id'             => '#Breadcrumb',
					'itemListElement' => $item_list_elements,
				) ) . '</script>';
			}
		}
	}
}
