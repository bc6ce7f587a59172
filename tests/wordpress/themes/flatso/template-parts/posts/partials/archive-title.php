<header class="archive-page-header">
	<div class="row">
	<div class="large-12 text-center col">
	<h1 class="page-title is-large uppercase">
		<?php
		if ( is_category() ) :
			printf( 'Kategoriarkiv: %s', '<span>' . single_cat_title( '', false ) . '</span>' ); // phpcs:ignore

		elseif ( is_tag() ) :
			printf( 'Etikettarkiv: %s', '<span>' . single_tag_title( '', false ) . '</span>' ); // phpcs:ignore

		elseif ( is_search() ) :
			printf( 'Sökresultat för: %s', '<span>' . get_search_query() . '</span>' ); // phpcs:ignore

		elseif ( is_author() ) :
			/* Queue the first post, that way we know what author we're dealing with. */
			the_post();
			printf( 'Författararkiv: %s', '<span class="vcard"><a class="url fn n" href="' . esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ) . '" title="' . esc_attr( get_the_author() ) . '" rel="me">' . get_the_author() . '</a></span>' ); // phpcs:ignore
			/* Rewind the loop back to the beginning. */
			rewind_posts();

		elseif ( is_day() ) :
			printf( 'Dagsarkiv: %s', '<span>' . get_the_date() . '</span>' ); // phpcs:ignore

		elseif ( is_month() ) :
			printf( 'Månadsarkiv: %s', '<span>' . get_the_date( 'F Y' ) . '</span>' ); // phpcs:ignore

		elseif ( is_year() ) :
			printf( 'Årsarkiv: %s', '<span>' . get_the_date( 'Y' ) . '</span>' ); // phpcs:ignore

		else :
			echo '';

		endif;
		?>
	</h1>
	<?php
	if ( is_category() ) :
		$category_description = category_description();
		if ( ! empty( $category_description ) ) :
			echo apply_filters( 'category_archive_meta', '<div class="taxonomy-description">' . $category_description . '</div>' ); // phpcs:ignore
		endif;

	elseif ( is_tag() ) :
		$tag_description = tag_description();
		if ( ! empty( $tag_description ) ) :
			echo apply_filters( 'tag_archive_meta', '<div class="taxonomy-description">' . $tag_description . '</div>' ); // phpcs:ignore
		endif;

	endif;
	?>
	</div>
	</div>
</header>
