<?php
/**
 * JSON-LD structured data in <head>, printed the way SEO plugins print it:
 * one @graph with WebSite, Organization, WebPage, BreadcrumbList and, on
 * single posts, BlogPosting, Person and the primary ImageObject.
 *
 * Switched off automatically when an SEO plugin that prints its own graph is active.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Whether the theme prints its schema graph.
 *
 * @return bool
 */
function atlas_schema_enabled() {
	$enabled = atlas_get_option( 'schema_markup' );

	if ( defined( 'WPSEO_VERSION' ) || class_exists( 'RankMath' ) || defined( 'SEOPRESS_VERSION' ) || defined( 'AIOSEO_VERSION' ) ) {
		$enabled = false;
	}

	/**
	 * Filters whether the theme prints JSON-LD.
	 *
	 * @param bool $enabled Enabled.
	 */
	return (bool) apply_filters( 'atlas_schema_enabled', $enabled );
}

/**
 * Builds the graph of the current view.
 *
 * @return array
 */
function atlas_get_schema_graph() {
	$home      = home_url( '/' );
	$language  = get_bloginfo( 'language' );
	$site_name = atlas_schema_text( get_bloginfo( 'name' ) );
	$graph     = array();

	// Organization (publisher).
	$organization = array(
		'@type' => 'Organization',
		'@id'   => $home . '#organization',
		'name'  => $site_name,
		'url'   => $home,
	);
	$logo_id = (int) get_theme_mod( 'custom_logo' );
	if ( $logo_id ) {
		$logo = wp_get_attachment_image_src( $logo_id, 'full' );
		if ( $logo ) {
			$organization['logo']  = array(
				'@type'      => 'ImageObject',
				'@id'        => $home . '#/schema/logo/image/',
				'inLanguage' => $language,
				'url'        => $logo[0],
				'contentUrl' => $logo[0],
				'width'      => (int) $logo[1],
				'height'     => (int) $logo[2],
				'caption'    => $site_name,
			);
			$organization['image'] = array( '@id' => $home . '#/schema/logo/image/' );
		}
	}

	// WebSite.
	$website = array(
		'@type'           => 'WebSite',
		'@id'             => $home . '#website',
		'url'             => $home,
		'name'            => $site_name,
		'description'     => atlas_schema_text( get_bloginfo( 'description' ) ),
		'publisher'       => array( '@id' => $home . '#organization' ),
		'potentialAction' => array(
			array(
				'@type'       => 'SearchAction',
				'target'      => array(
					'@type'       => 'EntryPoint',
					'urlTemplate' => home_url( '/?s={search_term_string}' ),
				),
				'query-input' => 'required name=search_term_string',
			),
		),
		'inLanguage'      => $language,
	);
	if ( '' === $website['description'] ) {
		unset( $website['description'] );
	}

	// WebPage of the current URL.
	$url = atlas_get_schema_current_url();

	if ( is_singular() ) {
		$page_type = 'WebPage';
	} elseif ( is_search() ) {
		$page_type = array( 'CollectionPage', 'SearchResultsPage' );
	} else {
		$page_type = 'CollectionPage';
	}

	$webpage = array(
		'@type'      => $page_type,
		'@id'        => $url,
		'url'        => $url,
		'name'       => atlas_schema_text( wp_get_document_title() ),
		'isPartOf'   => array( '@id' => $home . '#website' ),
		'inLanguage' => $language,
	);

	$show_breadcrumb = ! is_front_page() && ! is_404();
	if ( $show_breadcrumb ) {
		$webpage['breadcrumb'] = array( '@id' => $url . '#breadcrumb' );
	}

	if ( is_singular() ) {
		$post = get_queried_object();

		$webpage['datePublished'] = get_post_time( DATE_W3C, false, $post );
		$webpage['dateModified']  = get_post_modified_time( DATE_W3C, false, $post );

		$description = atlas_get_schema_description( $post );
		if ( $description ) {
			$webpage['description'] = $description;
		}

		$webpage['potentialAction'] = array(
			array(
				'@type'  => 'ReadAction',
				'target' => array( $url ),
			),
		);

		// Primary image.
		if ( has_post_thumbnail( $post ) && ! post_password_required( $post ) ) {
			$image = wp_get_attachment_image_src( get_post_thumbnail_id( $post ), 'full' );
			if ( $image ) {
				$image_node = array(
					'@type'      => 'ImageObject',
					'@id'        => $url . '#primaryimage',
					'inLanguage' => $language,
					'url'        => $image[0],
					'contentUrl' => $image[0],
					'width'      => (int) $image[1],
					'height'     => (int) $image[2],
				);
				$caption    = wp_get_attachment_caption( get_post_thumbnail_id( $post ) );
				if ( $caption ) {
					$image_node['caption'] = atlas_schema_text( $caption );
				}
				$graph[]                       = $image_node;
				$webpage['primaryImageOfPage'] = array( '@id' => $url . '#primaryimage' );
				$webpage['image']              = array( '@id' => $url . '#primaryimage' );
				$webpage['thumbnailUrl']       = $image[0];
			}
		}

		if ( 'post' === $post->post_type ) {
			$author_id = (int) $post->post_author;
			$person_id = $home . '#/schema/person/' . md5( 'atlas-author-' . $author_id );

			$article = array(
				'@type'            => 'BlogPosting',
				'@id'              => $url . '#article',
				'isPartOf'         => array( '@id' => $url ),
				'mainEntityOfPage' => array( '@id' => $url ),
				'headline'         => atlas_schema_text( single_post_title( '', false ) ),
				'datePublished'    => $webpage['datePublished'],
				'dateModified'     => $webpage['dateModified'],
				'author'           => array(
					'name' => atlas_schema_text( get_the_author_meta( 'display_name', $author_id ) ),
					'@id'  => $person_id,
				),
				'publisher'        => array( '@id' => $home . '#organization' ),
				'commentCount'     => (int) get_comments_number( $post ),
				'inLanguage'       => $language,
			);

			if ( ! post_password_required( $post ) ) {
				$article['wordCount'] = atlas_get_word_count( $post );
				if ( isset( $webpage['description'] ) ) {
					$article['description'] = $webpage['description'];
				}
			}

			if ( isset( $webpage['image'] ) ) {
				$article['image']        = $webpage['image'];
				$article['thumbnailUrl'] = $webpage['thumbnailUrl'];
			}

			$tags = get_the_terms( $post, 'post_tag' );
			if ( $tags && ! is_wp_error( $tags ) ) {
				$article['keywords'] = array_map( 'atlas_schema_text', wp_list_pluck( $tags, 'name' ) );
			}
			$categories = get_the_terms( $post, 'category' );
			if ( $categories && ! is_wp_error( $categories ) ) {
				$article['articleSection'] = array_map( 'atlas_schema_text', wp_list_pluck( $categories, 'name' ) );
			}

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

			// Author.
			$person = array(
				'@type' => 'Person',
				'@id'   => $person_id,
				'name'  => atlas_schema_text( get_the_author_meta( 'display_name', $author_id ) ),
				'url'   => get_author_posts_url( $author_id ),
			);
			$avatar = get_avatar_url( $author_id, array( 'size' => 96 ) );
			if ( $avatar && get_option( 'show_avatars' ) ) {
				$person['image'] = array(
					'@type'      => 'ImageObject',
					'@id'        => $home . '#/schema/person/image/' . md5( 'atlas-author-' . $author_id ),
					'inLanguage' => $language,
					'url'        => $avatar,
					'contentUrl' => $avatar,
					'caption'    => $person['name'],
				);
			}
			$bio = get_the_author_meta( 'description', $author_id );
			if ( $bio ) {
				$person['description'] = atlas_schema_text( $bio );
			}
			$website_url = get_the_author_meta( 'user_url', $author_id );
			if ( $website_url ) {
				$person['sameAs'] = array( $website_url );
			}
			$graph[] = $person;
		}
	} elseif ( is_archive() && get_the_archive_description() ) {
		$webpage['description'] = atlas_schema_text( get_the_archive_description() );
	} elseif ( is_front_page() && isset( $website['description'] ) ) {
		$webpage['description'] = $website['description'];
	}

	array_unshift( $graph, $webpage );

	// Breadcrumbs, from the same trail as the visible ones.
	if ( $show_breadcrumb ) {
		$elements = array();
		foreach ( atlas_get_breadcrumb_items() as $i => $item ) {
			$element = array(
				'@type'    => 'ListItem',
				'position' => $i + 1,
				'name'     => atlas_schema_text( $item['label'] ),
			);
			if ( '' !== $item['url'] ) {
				$element['item'] = $item['url'];
			}
			$elements[] = $element;
		}
		$graph[] = array(
			'@type'           => 'BreadcrumbList',
			'@id'             => $url . '#breadcrumb',
			'itemListElement' => $elements,
		);
	}

	$graph[] = $website;
	$graph[] = $organization;

	/**
	 * Filters the schema graph.
	 *
	 * @param array $graph Graph nodes.
	 */
	$graph = apply_filters( 'atlas_schema_graph', $graph );

	return array(
		'@context' => 'https://schema.org',
		'@graph'   => array_values( $graph ),
	);
}

/**
 * Canonical URL of the current view.
 *
 * @return string
 */
function atlas_get_schema_current_url() {
	if ( is_singular() ) {
		$url = wp_get_canonical_url( get_queried_object_id() );
		return $url ? $url : get_permalink( get_queried_object_id() );
	}

	if ( is_front_page() ) {
		$url = home_url( '/' );
	} elseif ( is_home() && get_option( 'page_for_posts' ) ) {
		$url = get_permalink( get_option( 'page_for_posts' ) );
	} elseif ( is_category() || is_tag() || is_tax() ) {
		$url = get_term_link( get_queried_object() );
	} elseif ( is_author() ) {
		$url = get_author_posts_url( get_queried_object_id() );
	} elseif ( is_search() ) {
		$url = get_search_link();
	} elseif ( is_post_type_archive() ) {
		$url = get_post_type_archive_link( get_query_var( 'post_type' ) );
	} else {
		$url = home_url( add_query_arg( array() ) );
	}

	if ( is_wp_error( $url ) || ! $url ) {
		$url = home_url( '/' );
	}

	$paged = (int) get_query_var( 'paged' );
	if ( $paged > 1 && ! is_search() && ( is_home() || is_archive() ) ) {
		$url = get_pagenum_link( $paged, false );
	}

	return $url;
}

/**
 * Short description of a post for the graph (nothing for protected posts).
 *
 * @param WP_Post $post Post.
 * @return string
 */
function atlas_get_schema_description( $post ) {
	if ( post_password_required( $post ) ) {
		return '';
	}

	if ( has_excerpt( $post ) ) {
		$text = $post->post_excerpt;
	} else {
		$text = excerpt_remove_blocks( strip_shortcodes( $post->post_content ) );
	}

	return wp_trim_words( atlas_schema_text( $text ), 30, '…' );
}

/**
 * Plain text for the graph: no tags, no HTML entities (JSON is not HTML).
 *
 * @param string $text Text.
 * @return string
 */
function atlas_schema_text( $text ) {
	return trim( html_entity_decode( wp_strip_all_tags( (string) $text ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
}

/**
 * Prints the graph in <head>.
 */
function atlas_print_schema() {
	if ( ! atlas_schema_enabled() || is_feed() || is_embed() ) {
		return;
	}

	$graph = atlas_get_schema_graph();

	echo "\n<!-- Atlas schema -->\n";
	printf(
		'<script type="application/ld+json" class="atlas-schema-graph">%s</script>' . "\n",
		wp_json_encode( $graph, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_HEX_TAG ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	);
	echo "<!-- / Atlas schema -->\n\n";
}
add_action( 'wp_head', 'atlas_print_schema', 5 );
