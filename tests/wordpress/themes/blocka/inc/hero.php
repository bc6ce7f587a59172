<?php
/**
 * Hero section – like blocksy_output_hero_section() with hero/elements.php,
 * hero/type-1.php and hero/type-2.php. Breadcrumbs like \Blocksy\BreadcrumbsBuilder.
 *
 * type-1: <div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header">…
 *         (printed INSIDE the article on singles, inside <section> on listings)
 * type-2: <div class="hero-section" data-type="type-2"><header class="entry-header ct-container-narrow">…
 *         (printed ABOVE the content container; used for author archives)
 *
 * @package blocka
 */

/**
 * Which hero type the current screen uses, false when the hero is off.
 * Blocksy defaults: blog home has no hero, author pages use type-2,
 * everything else type-1.
 */
function blocka_hero_type() {
	$prefix = blocka_get_prefix();

	if ($prefix === 'blog') {
		return false;
	}

	if ($prefix === 'author') {
		return 'type-2';
	}

	return 'type-1';
}

function blocka_breadcrumbs() {
	$separator = '<svg class="ct-separator" fill="currentColor" width="8" height="8" viewBox="0 0 8 8" aria-hidden="true" focusable="false"><path d="M2,6.9L4.8,4L2,1.1L2.6,0l4,4l-4,4L2,6.9z"/></svg>';

	$items = [];

	$items[] = [
		'name' => 'Hem',
		'url' => home_url('/'),
	];

	if (is_singular('post')) {
		$categories = get_the_category();

		if (! empty($categories)) {
			$category = $categories[0];

			foreach (array_reverse(get_ancestors($category->term_id, 'category')) as $ancestor_id) {
				$ancestor = get_term($ancestor_id, 'category');

				if ($ancestor && ! is_wp_error($ancestor)) {
					$items[] = [
						'name' => $ancestor->name,
						'url' => get_term_link($ancestor),
					];
				}
			}

			$items[] = [
				'name' => $category->name,
				'url' => get_term_link($category),
			];
		}

		$items[] = [
			'name' => get_the_title(),
			'url' => get_permalink(),
			'raw' => true,
		];
	} elseif (is_page()) {
		foreach (array_reverse(get_post_ancestors(get_the_ID())) as $ancestor_id) {
			$items[] = [
				'name' => get_the_title($ancestor_id),
				'url' => get_permalink($ancestor_id),
				'raw' => true,
			];
		}

		$items[] = [
			'name' => get_the_title(),
			'url' => get_permalink(),
			'raw' => true,
		];
	} elseif (is_category()) {
		$term = get_queried_object();

		foreach (array_reverse(get_ancestors($term->term_id, 'category')) as $ancestor_id) {
			$ancestor = get_term($ancestor_id, 'category');

			if ($ancestor && ! is_wp_error($ancestor)) {
				$items[] = [
					'name' => $ancestor->name,
					'url' => get_term_link($ancestor),
				];
			}
		}

		$items[] = [
			'name' => $term->name,
			'url' => get_term_link($term),
		];
	} elseif (is_search()) {
		$items[] = [
			'name' => 'Sökresultat för ' . get_search_query(),
			'url' => '',
		];
	} elseif (is_archive()) {
		$items[] = [
			'name' => wp_strip_all_tags(get_the_archive_title()),
			'url' => '',
		];
	}

	$count = count($items);
	$out = '';

	foreach ($items as $index => $item) {
		$position = $index + 1;
		$is_last = $position === $count;

		$class = 'item-' . ($index - 1);

		if ($index === 0) {
			$class = 'first-item';
		}

		if ($is_last) {
			$class = 'last-item';
		}

		$name = ! empty($item['raw']) ? $item['name'] : esc_html($item['name']);

		$out .= '<span class="' . $class . '"' . ($is_last ? ' aria-current="page"' : '') . ' itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem">';
		$out .= '<meta itemprop="position" content="' . $position . '">';

		if (! $is_last && ! empty($item['url'])) {
			$out .= '<a href="' . esc_url($item['url']) . '" itemprop="item"><span itemprop="name">' . $name . '</span></a>';
			$out .= '<meta itemprop="url" content="' . esc_url($item['url']) . '">';
			$out .= $separator;
		} else {
			$out .= '<span itemprop="name">' . $name . '</span>';

			if (! empty($item['url'])) {
				$out .= '<meta itemprop="url" content="' . esc_url($item['url']) . '">';
			}
		}

		$out .= '</span>';
	}

	return '<nav class="ct-breadcrumbs" data-source="default" itemscope="" itemtype="https://schema.org/BreadcrumbList">' . $out . '</nav>';
}

/**
 * Archive title with Blocksy's label span: <span class="ct-title-label">Kategori</span> Namn
 */
function blocka_archive_title() {
	$label = '';
	$title = '';

	if (is_category()) {
		$label = 'Kategori';
		$title = single_cat_title('', false);
	} elseif (is_tag()) {
		$label = 'Etikett';
		$title = single_tag_title('', false);
	} elseif (is_year()) {
		$label = 'År';
		$title = get_the_date('Y');
	} elseif (is_month()) {
		$label = 'Månad';
		$title = get_the_date('F Y');
	} elseif (is_day()) {
		$label = 'Dag';
		$title = get_the_date(get_option('date_format'));
	} elseif (is_author()) {
		$author = get_queried_object();
		$title = $author ? $author->display_name : '';
	} else {
		$title = wp_strip_all_tags(get_the_archive_title());
	}

	if ($label) {
		return '<span class="ct-title-label">' . esc_html($label) . '</span> ' . esc_html($title);
	}

	return esc_html($title);
}

function blocka_hero_elements() {
	ob_start();

	if (is_singular()) {
		if (is_singular('post')) {
			echo blocka_breadcrumbs();
		}

		$title = get_the_title();

		// Blocksy prints no heading at all when the title is empty.
		if (! empty($title)) {
			echo blocka_html_tag(
				'h1',
				array_merge(['class' => 'page-title'], blocka_schema('headline', true)),
				$title
			);
		}

		if (has_excerpt() && ! post_password_required()) {
			echo '<div class="page-description ct-hidden-sm">' . wp_kses_post(get_the_excerpt()) . '</div>';
		}

		if (is_singular('post')) {
			echo blocka_post_meta(
				['author', 'post_date', 'comments', 'categories'],
				[
					'author_avatar' => true,
					'category_style' => 'pill',
				]
			);
		}
	} elseif (is_search()) {
		echo blocka_html_tag(
			'h1',
			array_merge(['class' => 'page-title'], blocka_schema('headline', true)),
			'Sökresultat för ' . esc_html(get_search_query())
		);

		if (! have_posts()) {
			echo '<div class="page-description ct-hidden-sm">Tyvärr, inget matchade dina sökord. Försök igen med några andra nyckelord.</div>';
		}
	} elseif (is_author()) {
		$author_id = get_queried_object_id();
		$user = get_userdata($author_id);

		echo '<div class="ct-author-name">';
		echo blocka_avatar($author_id, 60, [
			'tag_name' => 'span',
			'class' => 'ct-media-container-static',
			'alt' => $user ? $user->display_name : '',
			'style_height' => true,
		]);
		echo blocka_html_tag(
			'h1',
			array_merge(['class' => 'page-title'], blocka_schema('headline', true)),
			blocka_archive_title()
		);
		echo '</div>';

		$bio = get_the_author_meta('description', $author_id);

		if (! empty(trim($bio))) {
			echo '<div class="page-description ct-hidden-sm">' . wp_kses_post($bio) . '</div>';
		}

		if ($user) {
			$comments_count = get_comments([
				'type' => '',
				'user_id' => $author_id,
				'count' => true,
				'status' => 'approve',
			]);

			echo '<ul class="entry-meta" data-type="simple:slash">';
			echo '<li class="meta-date">Gick med:&nbsp;' . esc_html(date_i18n(get_option('date_format'), strtotime($user->user_registered))) . '</li>';
			echo '<li class="meta-articles">Artiklar:&nbsp;' . intval(count_user_posts($author_id, 'post', true)) . '</li>';

			if (intval($comments_count) > 0) {
				echo '<li class="meta-comments">Kommentarer:&nbsp;' . intval($comments_count) . '</li>';
			}

			echo '</ul>';
		}
	} else {
		echo blocka_html_tag(
			'h1',
			array_merge(['class' => 'page-title'], blocka_schema('headline', true)),
			blocka_archive_title()
		);

		$description = get_the_archive_description();

		if (! empty($description)) {
			echo '<div class="page-description ct-hidden-sm">' . wp_kses_post($description) . '</div>';
		}
	}

	return ob_get_clean();
}

function blocka_output_hero_section($type = 'type-1') {
	if (blocka_hero_type() !== $type) {
		return '';
	}

	$elements = blocka_hero_elements();

	if ($type === 'type-2') {
		return '<div class="hero-section" data-type="type-2">'
			. '<header class="entry-header ct-container-narrow">' . $elements . '</header>'
			. '</div>';
	}

	return '<div class="hero-section is-width-constrained" data-type="type-1">'
		. '<header class="entry-header">' . $elements . '</header>'
		. '</div>';
}
