<?php
/**
 * Breadcrumbs.
 *
 * The trail is built once as a list of items (label + URL) so that the
 * visible breadcrumbs and the BreadcrumbList in the JSON-LD graph always agree.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Builds the breadcrumb trail of the current view.
 *
 * @return array[] List of array( 'label' => string, 'url' => string ). The last item has an empty URL.
 */
function atlas_get_breadcrumb_items() {
	$items = array(
		array(
			'label' => __( 'Hem', 'atlas' ),
			'url'   => home_url( '/' ),
		),
	);

	$posts_page = (int) get_option( 'page_for_posts' );
	$add_blog   = function () use ( &$items, $posts_page ) {
		if ( $posts_page && 'page' === get_option( 'show_on_front' ) ) {
			$items[] = array(
				'label' => get_the_title( $posts_page ),
				'url'   => get_permalink( $posts_page ),
			);
		}
	};
	$add_term_ancestors = function ( $term ) use ( &$items ) {
		$ancestors = array_reverse( get_ancestors( $term->term_id, $term->taxonomy, 'taxonomy' ) );
		foreach ( $ancestors as $ancestor_id ) {
			$ancestor = get_term( $ancestor_id, $term->taxonomy );
			if ( $ancestor && ! is_wp_error( $ancestor ) ) {
				$items[] = array(
					'label' => $ancestor->name,
					'url'   => get_term_link( $ancestor ),
				);
			}
		}
	};

	if ( is_front_page() ) {
		$items[0]['url'] = '';
	} elseif ( is_home() ) {
		$items[] = array(
			'label' => single_post_title( '', false ),
			'url'   => '',
		);
	} elseif ( is_singular( 'post' ) ) {
		$post = get_queried_object();
		$add_blog();
		$category = atlas_get_primary_category( $post );
		if ( $category ) {
			$add_term_ancestors( $category );
			$items[] = array(
				'label' => $category->name,
				'url'   => get_category_link( $category ),
			);
		}
		$items[] = array(
			'label' => single_post_title( '', false ),
			'url'   => '',
		);
	} elseif ( is_page() || is_attachment() || is_singular() ) {
		$post = get_queried_object();
		foreach ( array_reverse( get_post_ancestors( $post ) ) as $ancestor_id ) {
			$items[] = array(
				'label' => get_the_title( $ancestor_id ),
				'url'   => get_permalink( $ancestor_id ),
			);
		}
		$items[] = array(
			'label' => single_post_title( '', false ),
			'url'   => '',
		);
	} elseif ( is_category() || is_tag() || is_tax() ) {
		$term = get_queried_object();
		$add_blog();
		if ( $term instanceof WP_Term ) {
			if ( is_taxonomy_hierarchical( $term->taxonomy ) ) {
				$add_term_ancestors( $term );
			}
			$items[] = array(
				'label' => $term->name,
				'url'   => '',
			);
		}
	} elseif ( is_author() ) {
		$add_blog();
		$author  = get_queried_object();
		$items[] = array(
			/* translators: %s: author name. */
			'label' => sprintf( __( 'Inlägg av %s', 'atlas' ), $author instanceof WP_User ? $author->display_name : '' ),
			'url'   => '',
		);
	} elseif ( is_date() ) {
		global $wp_locale;
		$add_blog();

		$year  = (int) get_query_var( 'year' );
		$month = (int) get_query_var( 'monthnum' );
		$day   = (int) get_query_var( 'day' );
		$m     = preg_replace( '/\D/', '', (string) get_query_var( 'm' ) );
		if ( strlen( $m ) >= 4 ) {
			$year  = (int) substr( $m, 0, 4 );
			$month = strlen( $m ) >= 6 ? (int) substr( $m, 4, 2 ) : 0;
			$day   = strlen( $m ) >= 8 ? (int) substr( $m, 6, 2 ) : 0;
		}

		if ( $year ) {
			$items[] = array(
				'label' => (string) $year,
				'url'   => ( $month ? get_year_link( $year ) : '' ),
			);
		}
		if ( $year && $month ) {
			$items[] = array(
				'label' => $wp_locale->get_month( $month ),
				'url'   => ( $day ? get_month_link( $year, $month ) : '' ),
			);
		}
		if ( $year && $month && $day ) {
			$items[] = array(
				'label' => (string) $day,
				'url'   => '',
			);
		}
	} elseif ( is_post_type_archive() ) {
		$items[] = array(
			'label' => post_type_archive_title( '', false ),
			'url'   => '',
		);
	} elseif ( is_search() ) {
		$items[] = array(
			/* translators: %s: search query. */
			'label' => sprintf( __( 'Sökresultat för ”%s”', 'atlas' ), get_search_query( false ) ),
			'url'   => '',
		);
	} elseif ( is_404() ) {
		$items[] = array(
			'label' => __( 'Sidan kunde inte hittas', 'atlas' ),
			'url'   => '',
		);
	}

	// Paged archives: the archive itself becomes a link, "Sida N" is the current item.
	$paged = max( (int) get_query_var( 'paged' ), 1 );
	if ( $paged > 1 && ! is_singular() ) {
		$last = count( $items ) - 1;
		if ( '' === $items[ $last ]['url'] ) {
			$items[ $last ]['url'] = get_pagenum_link( 1 );
		}
		$items[] = array(
			/* translators: %s: page number. */
			'label' => sprintf( __( 'Sida %s', 'atlas' ), number_format_i18n( $paged ) ),
			'url'   => '',
		);
	}

	// The last item is always the current page.
	$last                  = count( $items ) - 1;
	$items[ $last ]['url'] = '';

	foreach ( $items as $i => $item ) {
		if ( is_wp_error( $item['url'] ) ) {
			$items[ $i ]['url'] = '';
		}
		$items[ $i ]['label'] = wp_strip_all_tags( (string) $item['label'] );
	}

	/**
	 * Filters the breadcrumb trail.
	 *
	 * @param array $items Breadcrumb items.
	 */
	return apply_filters( 'atlas_breadcrumb_items', $items );
}

/**
 * Prints the breadcrumbs.
 *
 * @param string $class Extra class.
 */
function atlas_breadcrumbs( $class = '' ) {
	if ( is_front_page() ) {
		return;
	}

	$items = atlas_get_breadcrumb_items();
	if ( count( $items ) < 2 ) {
		return;
	}

	$last = count( $items ) - 1;
	?>
	<nav class="atlas-breadcrumbs <?php echo esc_attr( $class ); ?>" aria-label="<?php esc_attr_e( 'Brödsmulor', 'atlas' ); ?>">
		<ol class="atlas-breadcrumb-list">
			<?php
			foreach ( $items as $i => $item ) {
				$is_current = ( $i === $last );

				echo '<li class="atlas-breadcrumb-item' . ( $is_current ? ' atlas-breadcrumb-current' : '' ) . '">';

				if ( $i > 0 ) {
					echo '<span class="atlas-breadcrumb-separator">' . atlas_get_icon( 'chevron-right', 12 ) . '</span>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				}

				if ( 0 === $i ) {
					$label = atlas_get_icon( 'home', 14 ) . '<span class="atlas-breadcrumb-home-label">' . esc_html( $item['label'] ) . '</span>';
				} else {
					$label = esc_html( $item['label'] );
				}

				if ( $is_current || '' === $item['url'] ) {
					printf( '<span class="atlas-breadcrumb-text"%1$s>%2$s</span>', $is_current ? ' aria-current="page"' : '', $label ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				} else {
					printf( '<a class="atlas-breadcrumb-link" href="%1$s">%2$s</a>', esc_url( $item['url'] ), $label ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				}

				echo '</li>';
			}
			?>
		</ol>
	</nav>
	<?php
}
