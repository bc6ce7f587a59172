<?php
/**
 * Metadata i <head> på samma sätt som ett vanligt SEO-tillägg skriver den:
 * canonical, Open Graph (med article:published_time / article:modified_time),
 * Twitter-etiketter och ett JSON-LD-schema (@graph).
 *
 * Sajten använder inget separat SEO-tillägg, så temat skriver detta självt.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

// Tillägget ersätter WordPress egen canonical-länk.
remove_action( 'wp_head', 'rel_canonical' );
// … och skriver robots-taggen själv.
remove_filter( 'wp_robots', 'wp_robots_max_image_preview_large' );

/**
 * Sidans kanoniska adress.
 *
 * @return string
 */
function ocean_seo_canonical() {
	if ( is_singular() ) {
		$url  = get_permalink( get_queried_object_id() );
		$page = (int) get_query_var( 'page' );
		if ( $page > 1 ) {
			$url = trailingslashit( $url ) . user_trailingslashit( $page, 'single_paged' );
		}
		$cpage = (int) get_query_var( 'cpage' );
		if ( $cpage > 0 && get_option( 'page_comments' ) ) {
			$url = get_comments_pagenum_link( $cpage );
			$url = preg_replace( '/#comments$/', '', $url );
		}
		return $url;
	}
	if ( is_front_page() || is_home() ) {
		$url = is_front_page() ? home_url( '/' ) : get_permalink( get_option( 'page_for_posts' ) );
	} elseif ( is_category() || is_tag() || is_tax() ) {
		$url = get_term_link( get_queried_object() );
	} elseif ( is_author() ) {
		$url = get_author_posts_url( get_queried_object_id() );
	} elseif ( is_day() ) {
		$url = get_day_link( get_query_var( 'year' ), get_query_var( 'monthnum' ), get_query_var( 'day' ) );
	} elseif ( is_month() ) {
		$url = get_month_link( get_query_var( 'year' ), get_query_var( 'monthnum' ) );
	} elseif ( is_year() ) {
		$url = get_year_link( get_query_var( 'year' ) );
	} else {
		return '';
	}
	if ( is_wp_error( $url ) ) {
		return '';
	}
	$paged = (int) get_query_var( 'paged' );
	if ( $paged > 1 ) {
		$url = get_pagenum_link( $paged, false );
	}
	return $url;
}

/**
 * Skriv ut metadata.
 */
function ocean_seo_head() {
	if ( is_404() ) {
		return;
	}

	$site_name = get_bloginfo( 'name' );
	$home      = home_url( '/' );
	$locale    = get_locale();
	$lang      = str_replace( '_', '-', $locale );
	$canonical = ocean_seo_canonical();
	$title     = wp_get_document_title();
	$tags      = array();
	$graph     = array();

	$tags[] = '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />';
	if ( $canonical ) {
		$tags[] = '<link rel="canonical" href="' . esc_url( $canonical ) . '" />';
	}
	$tags[] = '<meta property="og:locale" content="' . esc_attr( $locale ) . '" />';

	$website = array(
		'@type'           => 'WebSite',
		'@id'             => $home . '#website',
		'url'             => $home,
		'name'            => $site_name,
		'description'     => get_bloginfo( 'description' ),
		'potentialAction' => array(
			array(
				'@type'       => 'SearchAction',
				'target'      => array(
					'@type'       => 'EntryPoint',
					'urlTemplate' => $home . '?s={search_term_string}',
				),
				'query-input' => 'required name=search_term_string',
			),
		),
		'inLanguage'      => $lang,
	);

	if ( is_singular() ) {
		$post = get_queried_object();
		if ( ! $post instanceof WP_Post ) {
			return;
		}

		$is_post   = ( 'post' === $post->post_type );
		$published = get_post_time( 'c', true, $post );
		$modified  = get_post_modified_time( 'c', true, $post );
		$url       = get_permalink( $post );
		$author    = get_userdata( $post->post_author );
		$person_id = $author ? $home . '#/schema/person/' . md5( $author->user_login ) : '';

		$tags[] = '<meta property="og:type" content="' . ( $is_post ? 'article' : 'website' ) . '" />';
		$tags[] = '<meta property="og:title" content="' . esc_attr( $title ) . '" />';
		if ( ! post_password_required( $post ) ) {
			$description = has_excerpt( $post ) ? $post->post_excerpt : wp_trim_words( strip_shortcodes( $post->post_content ), 25, '&hellip;' );
			$description = trim( wp_strip_all_tags( $description ) );
			if ( $description ) {
				$tags[] = '<meta property="og:description" content="' . esc_attr( html_entity_decode( $description, ENT_QUOTES, 'UTF-8' ) ) . '" />';
			}
		}
		$tags[] = '<meta property="og:url" content="' . esc_url( $url ) . '" />';
		$tags[] = '<meta property="og:site_name" content="' . esc_attr( $site_name ) . '" />';
		if ( $is_post ) {
			$tags[] = '<meta property="article:published_time" content="' . esc_attr( $published ) . '" />';
		}
		if ( $modified !== $published || ! $is_post ) {
			$tags[] = '<meta property="article:modified_time" content="' . esc_attr( $modified ) . '" />';
		}
		if ( has_post_thumbnail( $post ) ) {
			$img = wp_get_attachment_image_src( get_post_thumbnail_id( $post ), 'full' );
			if ( $img ) {
				$tags[] = '<meta property="og:image" content="' . esc_url( $img[0] ) . '" />';
				$tags[] = '<meta property="og:image:width" content="' . (int) $img[1] . '" />';
				$tags[] = '<meta property="og:image:height" content="' . (int) $img[2] . '" />';
			}
		}
		if ( $is_post && $author ) {
			$tags[] = '<meta name="author" content="' . esc_attr( $author->display_name ) . '" />';
		}
		$tags[] = '<meta name="twitter:card" content="summary_large_image" />';
		if ( $is_post && $author ) {
			$minutes = max( 1, (int) ceil( str_word_count( wp_strip_all_tags( $post->post_content ) ) / 200 ) );
			$tags[]  = '<meta name="twitter:label1" content="Skriven av" />';
			$tags[]  = '<meta name="twitter:data1" content="' . esc_attr( $author->display_name ) . '" />';
			$tags[]  = '<meta name="twitter:label2" content="Beräknad lästid" />';
			$tags[]  = '<meta name="twitter:data2" content="' . esc_attr( sprintf( _n( '%s minut', '%s minuter', $minutes, 'ocean' ), $minutes ) ) . '" />';
		}

		if ( $is_post ) {
			$sections = array();
			foreach ( get_the_category( $post->ID ) as $cat ) {
				$sections[] = $cat->name;
			}
			$keywords = array();
			$post_tags = get_the_tags( $post->ID );
			if ( $post_tags && ! is_wp_error( $post_tags ) ) {
				foreach ( $post_tags as $t ) {
					$keywords[] = $t->name;
				}
			}
			$article = array(
				'@type'            => 'Article',
				'@id'              => $url . '#article',
				'isPartOf'         => array( '@id' => $url ),
				'author'           => array(
					'name' => $author ? $author->display_name : '',
					'@id'  => $person_id,
				),
				'headline'         => wp_strip_all_tags( $post->post_title ),
				'datePublished'    => $published,
				'dateModified'     => $modified,
				'mainEntityOfPage' => array( '@id' => $url ),
				'wordCount'        => str_word_count( wp_strip_all_tags( $post->post_content ) ),
				'commentCount'     => (int) get_comments_number( $post ),
				'publisher'        => array( '@id' => $home . '#website' ),
			);
			if ( $keywords ) {
				$article['keywords'] = $keywords;
			}
			if ( $sections ) {
				$article['articleSection'] = $sections;
			}
			$article['inLanguage'] = $lang;
			if ( comments_open( $post ) ) {
				$article['potentialAction'] = array(
					array(
						'@type'  => 'CommentAction',
						'name'   => 'Comment',
						'target' => array( $url . '#respond' ),
					),
				);
			}
			$graph[] = $article;
		}

		$graph[] = array(
			'@type'           => 'WebPage',
			'@id'             => $url,
			'url'             => $url,
			'name'            => $title,
			'isPartOf'        => array( '@id' => $home . '#website' ),
			'datePublished'   => $published,
			'dateModified'    => $modified,
			'breadcrumb'      => array( '@id' => $url . '#breadcrumb' ),
			'inLanguage'      => $lang,
			'potentialAction' => array(
				array(
					'@type'  => 'ReadAction',
					'target' => array( $url ),
				),
			),
		);
		$graph[] = array(
			'@type'           => 'BreadcrumbList',
			'@id'             => $url . '#breadcrumb',
			'itemListElement' => array(
				array(
					'@type'    => 'ListItem',
					'position' => 1,
					'name'     => 'Hem',
					'item'     => $home,
				),
				array(
					'@type'    => 'ListItem',
					'position' => 2,
					'name'     => wp_strip_all_tags( $post->post_title ),
				),
			),
		);
		$graph[] = $website;
		if ( $is_post && $author ) {
			$graph[] = array(
				'@type' => 'Person',
				'@id'   => $person_id,
				'name'  => $author->display_name,
				'url'   => get_author_posts_url( $author->ID ),
			);
		}
	} else {
		$tags[] = '<meta property="og:type" content="website" />';
		$tags[] = '<meta property="og:title" content="' . esc_attr( $title ) . '" />';
		if ( $canonical ) {
			$tags[] = '<meta property="og:url" content="' . esc_url( $canonical ) . '" />';
		}
		$tags[] = '<meta property="og:site_name" content="' . esc_attr( $site_name ) . '" />';
		$tags[] = '<meta name="twitter:card" content="summary_large_image" />';

		if ( $canonical ) {
			$graph[] = array(
				'@type'      => is_search() ? 'SearchResultsPage' : 'CollectionPage',
				'@id'        => $canonical,
				'url'        => $canonical,
				'name'       => $title,
				'isPartOf'   => array( '@id' => $home . '#website' ),
				'inLanguage' => $lang,
			);
		}
		$graph[] = $website;
	}

	echo "\n<!-- SEO-metadata -->\n";
	echo implode( "\n", $tags ) . "\n"; // phpcs:ignore
	echo '<script type="application/ld+json" class="yoast-schema-graph">';
	echo wp_json_encode(
		array(
			'@context' => 'https://schema.org',
			'@graph'   => $graph,
		),
		JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG
	);
	echo "</script>\n<!-- / SEO-metadata -->\n\n";
}
add_action( 'wp_head', 'ocean_seo_head', 1 );
