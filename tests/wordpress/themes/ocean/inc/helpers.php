<?php
/**
 * Hjälpfunktioner.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Schema.org-attribut, som oceanwp_schema_markup().
 *
 * @param string $location Plats.
 * @return string
 */
function ocean_get_schema_markup( $location ) {
	$schema = '';

	if ( 'body' === $location ) {
		if ( is_singular( 'post' ) ) {
			$type = 'Article';
		} elseif ( is_home() || is_archive() ) {
			$type = 'Blog';
		} elseif ( is_search() ) {
			$type = 'SearchResultsPage';
		} else {
			$type = 'WebPage';
		}
		$schema = 'itemscope="itemscope" itemtype="https://schema.org/' . $type . '"';
	} elseif ( 'header' === $location ) {
		$schema = 'itemscope="itemscope" itemtype="https://schema.org/WPHeader"';
	} elseif ( 'logo' === $location ) {
		$schema = 'itemscope itemtype="https://schema.org/Brand"';
	} elseif ( 'site_navigation' === $location ) {
		$schema = 'itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"';
	} elseif ( 'main' === $location ) {
		$schema = '';
	} elseif ( 'sidebar' === $location ) {
		$schema = 'itemscope="itemscope" itemtype="https://schema.org/WPSideBar"';
	} elseif ( 'footer' === $location ) {
		$schema = 'itemscope="itemscope" itemtype="https://schema.org/WPFooter"';
	} elseif ( 'headline' === $location ) {
		$schema = 'itemprop="headline"';
	} elseif ( 'entry_content' === $location ) {
		$schema = 'itemprop="text"';
	} elseif ( 'publish_date' === $location ) {
		$schema = 'itemprop="datePublished"';
	} elseif ( 'modified_date' === $location ) {
		$schema = 'itemprop="dateModified"';
	} elseif ( 'author_name' === $location ) {
		$schema = 'itemprop="name"';
	} elseif ( 'author_link' === $location ) {
		$schema = 'itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person"';
	} elseif ( 'image' === $location ) {
		$schema = 'itemprop="image"';
	}

	return ' ' . apply_filters( 'ocean_schema_location_html', $schema, $location );
}

/**
 * Skriv ut schema-attribut.
 *
 * @param string $location Plats.
 */
function ocean_schema_markup( $location ) {
	echo ocean_get_schema_markup( $location ); // phpcs:ignore
}

/**
 * Ikoner (Simple Line Icons / Font Awesome-klasser), som oceanwp_icon().
 * Observera det inledande mellanslaget i klassen – så ser OceanWP:s utskrift ut.
 *
 * @param string $name Ikonnamn.
 * @param bool   $echo Skriv ut.
 * @return string
 */
function ocean_icon( $name, $echo = true ) {
	$icons = array(
		'user'           => 'icon-user',
		'date'           => 'icon-clock',
		'm_date'         => 'icon-note',
		'category'       => 'icon-folder',
		'r_time'         => 'icon-cup',
		'comment'        => 'icon-bubble',
		'angle_left'     => 'fa fa-angle-left',
		'angle_right'    => 'fa fa-angle-right',
		'angle_up'       => 'fa fa-angle-up',
		'long_arrow_alt_left'  => 'fas fa-long-arrow-alt-left',
		'long_arrow_alt_right' => 'fas fa-long-arrow-alt-right',
		'search'         => 'icon-magnifier',
		'bars'           => 'fa fa-bars',
		'home'           => 'icon-home',
	);

	$class = isset( $icons[ $name ] ) ? $icons[ $name ] : $name;
	$html  = '<i class=" ' . esc_attr( $class ) . '" aria-hidden="true" role="img"></i>';

	if ( $echo ) {
		echo $html; // phpcs:ignore
	}
	return $html;
}

/**
 * Uppskattad lästid (ca 200 ord i minuten).
 *
 * @param int|null $post_id Inlägg.
 * @return string
 */
function ocean_reading_time( $post_id = null ) {
	$post    = get_post( $post_id );
	$content = $post ? $post->post_content : '';
	$words   = str_word_count( wp_strip_all_tags( strip_shortcodes( $content ) ) );
	$minutes = (int) ceil( $words / 200 );
	if ( $minutes < 1 ) {
		$minutes = 1;
	}

	/* translators: %s: antal minuter */
	return sprintf( __( '%s min läsning', 'ocean' ), number_format_i18n( $minutes ) );
}

/**
 * Datumformat i metaraden. Sajten visar "Uppdaterad 12 mars 2020".
 *
 * @return string
 */
function ocean_meta_date_format() {
	return apply_filters( 'ocean_meta_date_format', 'j F Y' );
}

/**
 * Egen utdragsfunktion, som oceanwp_excerpt().
 *
 * @param int $length Antal ord.
 * @return string
 */
function ocean_excerpt( $length = 30 ) {
	global $post;

	if ( post_password_required( $post ) ) {
		return __( 'Det finns inget utdrag eftersom detta är ett skyddat inlägg.', 'ocean' );
	}

	if ( has_excerpt( $post->ID ) ) {
		$output = $post->post_excerpt;
	} elseif ( strpos( $post->post_content, '<!--more-->' ) ) {
		// Med more-taggen visas inledningen som den är, med "Läs mer"-länk.
		$output = apply_filters( 'the_content', get_the_content( __( 'Fortsätt läsa', 'ocean' ) ) );
	} else {
		$output = wp_trim_words( strip_shortcodes( $post->post_content ), $length );
	}

	return apply_filters( 'ocean_excerpt', $output );
}

/**
 * Rubrik i sidhuvudrubriken (page header), som oceanwp_title().
 *
 * @return string
 */
function ocean_title() {
	$title = '';

	if ( is_front_page() && is_home() ) {
		$title = get_bloginfo( 'name' );
	} elseif ( is_home() ) {
		$title = get_the_title( get_option( 'page_for_posts', true ) );
	} elseif ( is_search() ) {
		/* translators: %s: sökfråga */
		$title = sprintf( __( 'Du sökte efter: %s', 'ocean' ), '&ldquo;' . get_search_query() . '&rdquo;' );
	} elseif ( is_404() ) {
		$title = __( '404: Sidan hittades inte', 'ocean' );
	} elseif ( is_author() ) {
		$author = get_queried_object();
		$title  = $author ? $author->display_name : '';
	} elseif ( is_archive() ) {
		$title = get_the_archive_title();
	} elseif ( is_singular( 'post' ) ) {
		// OceanWP:s standardval: sidhuvudrubriken på ett inlägg är "Blogg", inte inläggets titel.
		$title = apply_filters( 'ocean_single_post_header_title', __( 'Blogg', 'ocean' ) );
	} elseif ( is_singular() ) {
		$title = single_post_title( '', false );
	}

	return apply_filters( 'ocean_title', $title );
}

/**
 * Underrubrik i sidhuvudrubriken.
 *
 * @return string
 */
function ocean_subheading() {
	$subheading = '';

	if ( is_author() ) {
		$author = get_queried_object();
		if ( $author ) {
			/* translators: %s: antal artiklar */
			$subheading = sprintf( __( 'Den här författaren har skrivit %s artiklar', 'ocean' ), count_user_posts( $author->ID ) );
		}
	} elseif ( is_search() ) {
		global $wp_query;
		/* translators: %s: antal träffar */
		$subheading = sprintf( _n( '%s sökresultat hittades', '%s sökresultat hittades', (int) $wp_query->found_posts, 'ocean' ), number_format_i18n( $wp_query->found_posts ) );
	} elseif ( is_archive() && ! is_author() ) {
		$description = get_the_archive_description();
		if ( $description ) {
			$subheading = wp_strip_all_tags( $description );
		}
	}

	return apply_filters( 'ocean_post_subheading', $subheading );
}

/**
 * Numrerad sidnumrering, som oceanwp_pagination().
 *
 * @param WP_Query|null $query Fråga.
 */
function ocean_pagination( $query = null ) {
	if ( ! $query ) {
		global $wp_query;
		$query = $wp_query;
	}

	$total = (int) $query->max_num_pages;
	if ( $total < 2 ) {
		return;
	}

	$current = max( 1, (int) get_query_var( 'paged' ) );

	$links = paginate_links(
		array(
			'current'   => $current,
			'total'     => $total,
			'mid_size'  => 3,
			'type'      => 'list',
			'prev_text' => '<span class="screen-reader-text">' . esc_html__( 'Gå till föregående sida', 'ocean' ) . '</span>' . ocean_icon( 'angle_left', false ),
			'next_text' => '<span class="screen-reader-text">' . esc_html__( 'Gå till nästa sida', 'ocean' ) . '</span>' . ocean_icon( 'angle_right', false ),
		)
	);

	if ( $links ) {
		echo '<div class="oceanwp-pagination clr">' . $links . '</div>'; // phpcs:ignore
	}
}

/**
 * Enkla brödsmulor (OceanWP använder Breadcrumb Trail, vi skriver samma struktur).
 */
function ocean_breadcrumbs() {
	if ( is_front_page() ) {
		return;
	}

	$items   = array();
	$items[] = array( home_url( '/' ), __( 'Hem', 'ocean' ) );

	if ( is_singular( 'post' ) ) {
		$cats = get_the_category();
		if ( ! empty( $cats ) ) {
			$items[] = array( get_category_link( $cats[0]->term_id ), $cats[0]->name );
		}
		$items[] = array( '', get_the_title() );
	} elseif ( is_page() ) {
		foreach ( array_reverse( get_post_ancestors( get_the_ID() ) ) as $ancestor ) {
			$items[] = array( get_permalink( $ancestor ), get_the_title( $ancestor ) );
		}
		$items[] = array( '', get_the_title() );
	} elseif ( is_home() ) {
		$items[] = array( '', get_the_title( get_option( 'page_for_posts', true ) ) );
	} elseif ( is_category() || is_tag() || is_tax() ) {
		$items[] = array( '', single_term_title( '', false ) );
	} elseif ( is_author() ) {
		$author  = get_queried_object();
		$items[] = array( '', $author ? $author->display_name : '' );
	} elseif ( is_date() ) {
		global $wp_locale;
		$y = (int) get_query_var( 'year' );
		$m = (int) get_query_var( 'monthnum' );
		$d = (int) get_query_var( 'day' );
		if ( is_year() ) {
			$items[] = array( '', (string) $y );
		} elseif ( is_month() ) {
			$items[] = array( get_year_link( $y ), (string) $y );
			$items[] = array( '', $wp_locale->get_month( $m ) );
		} else {
			$items[] = array( get_year_link( $y ), (string) $y );
			$items[] = array( get_month_link( $y, $m ), $wp_locale->get_month( $m ) );
			$items[] = array( '', (string) $d );
		}
	} elseif ( is_search() ) {
		/* translators: %s: sökfråga */
		$items[] = array( '', sprintf( __( 'Sökresultat för &ldquo;%s&rdquo;', 'ocean' ), get_search_query() ) );
	} elseif ( is_404() ) {
		$items[] = array( '', __( '404 – Sidan hittades inte', 'ocean' ) );
	}

	$count = count( $items );
	echo '<nav role="navigation" aria-label="' . esc_attr__( 'Brödsmulor', 'ocean' ) . '" class="site-breadcrumbs clr">';
	echo '<ol class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList">';
	echo '<meta name="numberOfItems" content="' . (int) $count . '" /><meta name="itemListOrder" content="Ascending" />';
	foreach ( $items as $i => $item ) {
		$pos     = $i + 1;
		$classes = 'trail-item';
		if ( 1 === $pos ) {
			$classes .= ' trail-begin';
		}
		if ( $pos === $count ) {
			$classes .= ' trail-end';
		}
		echo '<li class="' . esc_attr( $classes ) . '" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">';
		if ( $item[0] ) {
			echo '<a href="' . esc_url( $item[0] ) . '" rel="' . ( 1 === $pos ? 'home' : 'nofollow' ) . '" itemprop="item"><span itemprop="name">' . esc_html( wp_strip_all_tags( $item[1] ) ) . '</span></a>';
		} else {
			echo '<span itemprop="name">' . esc_html( wp_strip_all_tags( $item[1] ) ) . '</span>';
		}
		echo '<meta itemprop="position" content="' . (int) $pos . '" />';
		if ( $pos !== $count ) {
			echo '<span class="breadcrumb-sep">&gt;</span>';
		}
		echo '</li>';
	}
	echo '</ol></nav>';
}
