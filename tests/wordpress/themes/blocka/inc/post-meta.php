<?php
/**
 * Post meta list – like blocksy_post_meta().
 *
 * Prints <ul class="entry-meta" data-type="simple:slash"> with
 * li.meta-author, li.meta-date (<time class="ct-meta-element-date">),
 * li.meta-updated-date, li.meta-comments, li.meta-categories.
 *
 * @package blocka
 */

/**
 * Term links like blocksy_get_the_term_list(): <a href rel="tag" class="ct-term-ID">.
 */
function blocka_term_list($taxonomy, $args = []) {
	$args = wp_parse_args($args, [
		'sep' => '',
		'before_each' => '',
		'has_term_class' => true,
		'post_id' => null,
	]);

	$terms = get_the_terms($args['post_id'] ? $args['post_id'] : get_the_ID(), $taxonomy);

	if (is_wp_error($terms) || empty($terms)) {
		return '';
	}

	$links = [];

	foreach ($terms as $term) {
		$link = get_term_link($term, $taxonomy);

		if (is_wp_error($link)) {
			return '';
		}

		$attr = [
			'href' => $link,
			'rel' => 'tag',
		];

		if ($args['has_term_class']) {
			$attr['class'] = 'ct-term-' . $term->term_id;
		}

		$links[] = blocka_html_tag('a', $attr, $args['before_each'] . esc_html($term->name));
	}

	return implode($args['sep'], $links);
}

/**
 * @param array $elements list of ids: author, post_date, updated_date, comments, categories
 * @param array $args     meta_type, meta_divider, attr, author_avatar, category_style
 */
function blocka_post_meta($elements, $args = []) {
	$args = wp_parse_args($args, [
		'meta_type' => 'simple',
		'meta_divider' => 'slash',
		'attr' => [],
		'author_avatar' => false,
		'avatar_size' => 25,
		'category_style' => 'simple',
		'has_term_class' => true,
		'class' => '',
	]);

	$post = get_post();

	if (! $post) {
		return '';
	}

	$date_format = get_option('date_format');

	ob_start();

	foreach ($elements as $element) {
		if ($element === 'author') {
			$author_id = (int) $post->post_author;
			$user = get_userdata($author_id);

			if (! $user) {
				continue;
			}

			$display_name = $user->display_name;
			$output = '';

			if ($args['author_avatar']) {
				$output .= blocka_avatar($author_id, $args['avatar_size'], [
					'tag_name' => 'a',
					'class' => 'ct-media-container-static',
					'html_atts' => [
						'href' => get_author_posts_url($author_id),
						'tabindex' => '-1',
					],
					'alt' => $display_name,
					'style_height' => true,
				]);
			}

			$output .= blocka_html_tag(
				'a',
				array_merge(
					[
						'class' => 'ct-meta-element-author',
						'href' => get_author_posts_url($author_id, $user->user_nicename),
						'title' => 'Inlägg av ' . $display_name,
						'rel' => 'author',
					],
					blocka_schema('author_url', true)
				),
				blocka_html_tag('span', blocka_schema('author_name', true), esc_html($display_name))
			);

			echo blocka_html_tag(
				'li',
				array_merge(['class' => 'meta-author'], blocka_schema('author', true)),
				$output
			);
		}

		if ($element === 'post_date') {
			echo '<li class="meta-date" ' . blocka_schema('publish_date') . '>';
			echo blocka_html_tag(
				'time',
				[
					'class' => 'ct-meta-element-date',
					'datetime' => get_the_date('c', $post),
				],
				esc_html(get_the_date($date_format, $post))
			);
			echo '</li>';
		}

		if (
			$element === 'updated_date'
			&&
			get_the_modified_date('', $post) !== get_the_date('', $post)
		) {
			echo '<li class="meta-updated-date" ' . blocka_schema('modified_date') . '>';
			echo blocka_html_tag(
				'time',
				[
					'class' => 'ct-meta-element-date',
					'datetime' => get_the_modified_date('c', $post),
				],
				esc_html(get_the_modified_date($date_format, $post))
			);
			echo '</li>';
		}

		if ($element === 'comments' && get_comments_number($post) > 0) {
			echo '<li class="meta-comments">';
			echo '<a href="' . esc_url(get_permalink($post)) . '#comments">';
			echo esc_html(blocka_comments_text(get_comments_number($post)));
			echo '</a></li>';
		}

		if ($element === 'categories') {
			$divider = ', ';

			if ($args['category_style'] === 'underline') {
				$divider = ' / ';
			}

			if ($args['category_style'] === 'pill') {
				$divider = '';
			}

			$list = blocka_term_list('category', [
				'sep' => $divider,
				'has_term_class' => $args['has_term_class'],
				'post_id' => $post->ID,
			]);

			if ($list) {
				echo '<li class="meta-categories" data-type="' . esc_attr($args['category_style']) . '">';
				echo $list;
				echo '</li>';
			}
		}
	}

	$items = trim(ob_get_clean());

	if (empty($items)) {
		return '';
	}

	$container_attr = array_merge(
		[
			'class' => trim('entry-meta ' . $args['class']),
			'data-type' => $args['meta_type'] . ':' . $args['meta_divider'],
		],
		$args['attr']
	);

	return '<ul ' . blocka_attr_to_html($container_attr) . '>' . preg_replace('/\s\s+/', ' ', $items) . '</ul>';
}
